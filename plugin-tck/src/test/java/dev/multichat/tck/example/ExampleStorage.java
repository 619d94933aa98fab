package dev.multichat.tck.example;

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
 * The example's storage engine: sessions in a map guarded by one monitor. The catalog and the
 * log share it; it is also the store's lifecycle. A real plugin puts its connection, directory
 * or key space here. Thread-safe.
 */
final class ExampleStorage implements StoreLifecycle {
    private final Map<SessionId, ExampleSession> sessions = new HashMap<>();
    private final Clock clock;
    private final String name;
    private boolean closed;

    ExampleStorage(Clock clock, String name) {
        this.clock = clock;
        this.name = name;
    }

    /** Runs {@code body} with the map, atomically with respect to every other operation. */
    synchronized <T> T locked(Function<Map<SessionId, ExampleSession>, T> body) {
        if (closed) {
            throw new StoreClosedException(name);
        }
        return body.apply(sessions);
    }

    /** @return the live session (call inside {@link #locked}), else SessionNotFoundException */
    ExampleSession live(SessionId id, Instant now) {
        ExampleSession session = sessions.get(id);
        if (session == null || session.session().state().expiredAt(now)) {
            throw new SessionNotFoundException(id);
        }
        return session;
    }

    /** @return the time, always from the configured clock */
    Instant now() {
        return clock.instant();
    }

    @Override
    public StoreHealth health() {
        return StoreHealth.up("example store in memory");
    }

    @Override
    public synchronized void close() {
        closed = true;
        sessions.clear();
    }
}
