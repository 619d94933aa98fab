package dev.multichat.redis.internal.store;

import dev.multichat.api.ChatSession;
import dev.multichat.spi.SessionCursor;
import dev.multichat.api.SessionId;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ZAddArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * Each owner's sessions, newest activity first: a sorted set per owner (member = session id,
 * score = {@code -updatedAt}), in another cluster slot than the sessions, so it is written by a
 * second command after each session write:
 * <ul>
 *   <li>create adds the entry <em>before</em> writing the session, so a crash between the two
 *       leaves an entry without a session (skipped by every listing, removed lazily once older
 *       than {@link Listing#GRACE}), never a session without an entry;</li>
 *   <li>every later write moves the entry forward with {@code ZADD XX LT} (only ever to a newer
 *       time, never re-adding a deleted session); a crash before it leaves the session at its
 *       previous place until the next write or the next listing that reaches it repairs it;</li>
 *   <li>delete removes the entry after the session, only if its score is still the deleted
 *       session's (a session re-created meanwhile stays listed).</li>
 * </ul>
 * Thread-safe.
 */
final class OwnerIndex {
    private final RedisStorage storage;

    OwnerIndex(RedisStorage storage) {
        this.storage = storage;
    }

    /** Adds (or moves) an entry unconditionally: before a create, or to repair one. */
    void put(String owner, SessionId id, long updatedAt) {
        String key = storage.keys().owner(owner);
        storage.link().await(storage.link().commands().zadd(key, -updatedAt, id.value()),
                "adding session '" + id + "' to its owner's index", key);
    }

    /** Moves an existing entry to the session's newer updatedAt; never adds one. */
    void touch(ChatSession session) {
        await(touchAhead(session.owner(), session.id(), session.state().updatedAt().toEpochMilli()), session);
    }

    /** Waits for a move of the session's entry ({@link #touch}, {@link #touchAhead}). */
    void await(RedisFuture<Long> move, ChatSession session) {
        storage.link().await(move, "moving session '" + session.id() + "' to the front of its owner's index",
                storage.keys().owner(session.owner()));
    }

    /**
     * Sends the move of {@link #touch} for a time known before the write (an append's "now"),
     * without waiting: the caller sends it beside the session's script (another node on a
     * cluster) and awaits it after the script's reply, so the two cost one round trip of latency.
     *
     * @return the pending command; the caller awaits it (or ignores its failure)
     */
    RedisFuture<Long> touchAhead(String owner, SessionId id, long updatedAt) {
        return storage.link().commands().zadd(storage.keys().owner(owner), ZAddArgs.Builder.xx().lt(), -updatedAt,
                id.value());
    }

    /**
     * Moves an entry back to the session's time when a {@link #touchAhead} went out for a write the
     * script refused (version conflict, replay): only to an older time ({@code ZADD XX GT}), never re-adding one.
     */
    void pinBack(ChatSession session) {
        String key = storage.keys().owner(session.owner());
        storage.link().await(storage.link().commands().zadd(key, ZAddArgs.Builder.xx().gt(),
                -session.state().updatedAt().toEpochMilli(), session.id().value()),
                "moving session '" + session.id() + "' back to its time in its owner's index", key);
    }

    /** Removes entries whose scores are still the ones observed: id, updatedAt, id, updatedAt... */
    void remove(String owner, List<String> idsAndTimes) {
        if (idsAndTimes.isEmpty()) {
            return;
        }
        String key = storage.keys().owner(owner);
        List<String> args = new ArrayList<>(idsAndTimes.size());
        for (int i = 0; i < idsAndTimes.size(); i += 2) {
            args.add(idsAndTimes.get(i));
            args.add(Long.toString(-Long.parseLong(idsAndTimes.get(i + 1))));
        }
        storage.link().eval(storage.scripts().unlist(), new String[] {key}, args.toArray(String[]::new));
    }

    /**
     * Reads a page of entries; on a single server (or Sentinel) the same script also reads each
     * entry's session hash, so the page is one round trip.
     *
     * @param owner whose index
     * @param after the position to continue after, or null for the start
     * @param count how many entries
     * @return up to count entries in list order
     */
    List<Listed> page(String owner, SessionCursor after, int count) {
        String key = storage.keys().owner(owner);
        String score = after == null ? "" : Long.toString(-after.updatedAt().toEpochMilli());
        String id = after == null ? "" : after.id().value();
        boolean withSessions = !storage.link().sharded();
        List<Object> reply = storage.link().eval(storage.scripts().list(), new String[] {key}, score, id,
                Integer.toString(count), withSessions ? storage.keys().sessionStart() : "");
        int step = withSessions ? 3 : 2;
        List<Listed> out = new ArrayList<>(reply.size() / step);
        for (int i = 0; i + step - 1 < reply.size(); i += step) {
            long listedAt = -(long) Double.parseDouble(String.valueOf(reply.get(i + 1)));
            List<String> hash = withSessions ? ((List<?>) reply.get(i + 2)).stream().map(String::valueOf).toList()
                    : null;
            out.add(new Listed(SessionId.of(String.valueOf(reply.get(i))), listedAt, hash));
        }
        return out;
    }
}
