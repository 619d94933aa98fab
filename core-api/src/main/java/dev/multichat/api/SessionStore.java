package dev.multichat.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A durable home for chat sessions. Open one with {@link SessionStores#open(String)}; the
 * store it returns validates every argument, reads time from the configured clock and
 * reports metrics, whatever the backend.
 *
 * <p>Thread-safe: one instance serves any number of threads. Several processes may open the
 * same backend at once; every guarantee of {@link SessionCatalog} and {@link MessageLog}
 * holds across them. After {@link #close()} every method throws {@link StoreClosedException}.
 */
public interface SessionStore extends SessionCatalog, MessageLog, AutoCloseable {
    /** @return the backend's state; never throws for a reachable store */
    StoreHealth health();

    /**
     * Follows one session: every message appended after {@code afterSeq}, by any thread, process
     * or app instance on this backend, reaches {@code listener} in seq order, exactly once,
     * without gaps. Resume after a reconnect by passing the last seq seen. Notifications are
     * only hints: the feed reads the store, so a lost notification delays a message (at most
     * until the periodic check) but never loses it.
     *
     * @param id the session
     * @param afterSeq deliver messages with a seq above this (0 for the whole stored history)
     * @param listener called from the store's threads
     * @return the subscription; close it to stop delivery
     * @throws SessionNotFoundException if the session does not exist or has expired
     * @throws InvalidInputException if an argument is null or {@code afterSeq} is negative
     */
    Subscription followSession(SessionId id, long afterSeq, SessionListener listener);

    /**
     * Follows one owner's sessions: created, appended to, updated, trimmed, deleted and expired
     * sessions are reported at least once, with the session's version.
     *
     * @param owner the owner
     * @param listener called from the store's threads
     * @return the subscription; close it to stop delivery
     * @throws InvalidInputException if an argument is null or the owner is blank
     */
    Subscription followOwner(String owner, OwnerListener listener);

    /**
     * The backend's own readings (e.g. a cache's hits and misses), for a metrics system to poll;
     * the same names and tags on every call. Cheap, never blocks on the backend, and still
     * answers after {@link #close()} (the last values).
     *
     * @return the readings; empty for a backend that publishes none (the default)
     */
    default List<StoreReading> readings() {
        return List.of();
    }

    /** Releases connections, files and threads. Idempotent. */
    @Override
    void close();

    /**
     * Appends with {@link Expect#any()}.
     *
     * @param id the session
     * @param drafts the batch
     * @return see {@link #append(SessionId, List, Expect)}
     */
    default Appended append(SessionId id, List<MessageDraft> drafts) {
        return append(id, drafts, Expect.any());
    }

    /**
     * A session and a range of its messages in one call. A backend that can (the Redis plugin:
     * one script) answers both from one consistent state in one round trip; for the others this
     * is {@link #find} then {@link #read}, so the messages may be newer than the session returned.
     *
     * @param id the session
     * @param range tail(n), after(seq, limit) or all
     * @return the session and the selected messages; empty if the session does not exist or has expired
     * @throws InvalidInputException if an argument is null
     */
    default Optional<SessionView> view(SessionId id, MessageRange range) {
        Optional<ChatSession> session = find(id);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionView(session.get(), read(id, range)));
        } catch (SessionNotFoundException e) {
            return Optional.empty(); // deleted or expired between the two calls
        }
    }

    /**
     * Appends, then replaces the session's metadata expecting the version the append produced:
     * e.g. a cache appending a copy's messages and its stamp. A backend that can (one that
     * implements {@link dev.multichat.spi.StampedAppends}) does both as one atomic change in one
     * call; for the others this is {@link #append} then {@link #update}, two calls, and another
     * writer coming between them makes the second fail with {@link VersionConflictException}
     * after the append landed. A replayed append (every draft's id already stored) replaces no
     * metadata.
     *
     * @param id the session
     * @param drafts the batch
     * @param metadata the session's new metadata (replaces the whole map)
     * @param expect checked against the version before the append
     * @return the appended messages and the session after the metadata was replaced
     * @throws VersionConflictException if {@code expect} does not hold, or (two calls) another
     *     writer changed the session between them
     */
    default Appended appendStamped(SessionId id, List<MessageDraft> drafts, Map<String, String> metadata,
                                   Expect expect) {
        Appended appended = append(id, drafts, expect);
        if (appended.replayed()) {
            return appended;
        }
        ChatSession stamped = update(id, SessionPatch.metadata(metadata), Expect.version(appended.session().version()));
        return new Appended(stamped, appended.messages(), false);
    }

    /**
     * @param id the session
     * @param n how many of the newest messages
     * @return the newest n messages in ascending seq order
     */
    default List<ChatMessage> tail(SessionId id, int n) {
        return read(id, MessageRange.tail(n));
    }
}
