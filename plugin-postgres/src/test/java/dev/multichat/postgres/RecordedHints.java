package dev.multichat.postgres;

import dev.multichat.api.SessionId;
import dev.multichat.spi.ChangeSink;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** A {@link ChangeSink} that counts the hints it gets, and lets a test wait for them. */
final class RecordedHints implements ChangeSink {
    static final Duration DEADLINE = Duration.ofSeconds(30);

    private final Map<SessionId, Integer> perSession = new HashMap<>();
    private int anywhere;

    @Override
    public synchronized void changed(SessionId id) {
        perSession.merge(id, 1, Integer::sum);
        notifyAll();
    }

    @Override
    public synchronized void changedAnywhere() {
        anywhere++;
        notifyAll();
    }

    @Override
    public Set<SessionId> followed() {
        return Set.of();
    }

    synchronized int of(SessionId id) {
        return perSession.getOrDefault(id, 0);
    }

    synchronized int anywhere() {
        return anywhere;
    }

    /**
     * Waits until {@code condition} (read under this object's lock) holds.
     *
     * @return whether it held within {@link #DEADLINE} (or {@code within})
     */
    synchronized boolean await(BooleanSupplier condition, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** @return whether a hint for {@code id} beyond the {@code seen} ones came within the deadline */
    boolean awaitMore(SessionId id, int seen) throws InterruptedException {
        return await(() -> of(id) > seen, DEADLINE);
    }
}
