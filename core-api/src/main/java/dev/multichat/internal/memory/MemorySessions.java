package dev.multichat.internal.memory;

import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreHealth;
import dev.multichat.spi.StoreLifecycle;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The memory store's storage, shared by its catalog and its message log: every session under
 * one read-write lock, so every operation is atomic and linearizable. Also the store's
 * lifecycle: close empties it, and any operation that gets the lock after close fails with
 * {@link StoreClosedException}, never with a misleading {@link SessionNotFoundException}.
 * Thread-safe.
 */
final class MemorySessions implements StoreLifecycle {
    private final Map<SessionId, MemorySession> sessions = new HashMap<>();
    private final Locked lock = new Locked();
    private final Clock clock;
    private final String name;
    private boolean closed;

    MemorySessions(Clock clock, String name) {
        this.clock = clock;
        this.name = name;
    }

    /**
     * Runs {@code body} on the session map under the read lock.
     *
     * @throws StoreClosedException if the store was closed
     */
    <T> T reading(Function<Map<SessionId, MemorySession>, T> body) {
        return lock.reading(() -> body.apply(open()));
    }

    /**
     * Runs {@code body} on the session map under the write lock.
     *
     * @throws StoreClosedException if the store was closed
     */
    <T> T writing(Function<Map<SessionId, MemorySession>, T> body) {
        return lock.writing(() -> body.apply(open()));
    }

    /**
     * @param id a session
     * @param now the current time
     * @return the live session; call with the lock held
     * @throws SessionNotFoundException if it is absent or expired
     */
    MemorySession live(SessionId id, Instant now) {
        MemorySession session = sessions.get(id);
        if (session == null || session.expiredAt(now)) {
            throw new SessionNotFoundException(id);
        }
        return session;
    }

    /** @return the current time from the configured clock */
    Instant now() {
        return clock.instant();
    }

    private Map<SessionId, MemorySession> open() {
        if (closed) {
            throw new StoreClosedException(name);
        }
        return sessions;
    }

    @Override
    public StoreHealth health() {
        int count = reading(Map::size);
        return new StoreHealth(StoreHealth.Status.UP, "in-memory store; nothing survives the process",
                Map.of("sessions", Integer.toString(count)));
    }

    @Override
    public void close() {
        lock.writing(() -> {
            closed = true;
            sessions.clear();
            return null;
        });
    }
}
