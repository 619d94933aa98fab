package dev.multichat.json.internal.fs;

import dev.multichat.api.StoreClosedException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts the calls running in one store instance, so that closing never releases what they
 * stand on (this JVM's locks on the directory) under them. {@link #enter()} refuses new calls
 * once the store is closed; {@link #close} waits, up to a bound, for the running ones; the
 * release runs exactly once, when the last of them has left (at once if none is running).
 * One atomic counter, no monitor. Thread-safe.
 */
public final class StoreGate {
    private static final int CLOSED = Integer.MIN_VALUE;
    private final AtomicInteger state = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private final String store;
    private final AtomicReference<Runnable> release = new AtomicReference<>();

    /** @param store the store's name, for the closed error */
    public StoreGate(String store) {
        this.store = store;
    }

    /**
     * Registers a call; the caller must {@link #exit()} in a finally block.
     *
     * @throws StoreClosedException if the store is closed
     */
    void enter() {
        while (true) {
            int s = state.get();
            if (s < 0) {
                throw new StoreClosedException(store);
            }
            if (state.compareAndSet(s, s + 1)) {
                return;
            }
        }
    }

    /** Ends a call; the last call to leave a closed store runs the release. */
    void exit() {
        if (state.decrementAndGet() == CLOSED) {
            runRelease();
        }
    }

    /**
     * Refuses new calls, then waits up to {@code wait} for the running ones. If they are not
     * done by then, the last of them runs {@code onDrained} when it leaves.
     *
     * @return whether every call had left (and {@code onDrained} ran) within the bound
     */
    public boolean close(Runnable onDrained, Duration wait) throws InterruptedException {
        release.compareAndSet(null, onDrained);
        int before = state.getAndUpdate(s -> s < 0 ? s : s | CLOSED);
        if (before < 0) {
            return released.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (before == 0) {
            runRelease();
        }
        return released.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runRelease() {
        try {
            release.get().run();
        } finally {
            released.countDown();
        }
    }
}
