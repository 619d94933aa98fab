package dev.multichat.api;

import java.util.List;

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
     * @param id the session
     * @param n how many of the newest messages
     * @return the newest n messages in ascending seq order
     */
    default List<ChatMessage> tail(SessionId id, int n) {
        return read(id, MessageRange.tail(n));
    }
}
