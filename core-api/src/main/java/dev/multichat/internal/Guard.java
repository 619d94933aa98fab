package dev.multichat.internal;

import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreMetrics;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs each store operation: refuses it after close, times it and reports the outcome to the
 * metrics recorder ({@link StoreMetrics#none()} when metrics are off: no branch here).
 * Thread-safe.
 */
final class Guard {
    private final String store;
    private final StoreMetrics metrics;
    private final AtomicBoolean closed = new AtomicBoolean();

    Guard(String store, StoreMetrics metrics) {
        this.store = store;
        this.metrics = metrics;
    }

    /**
     * @param operation the metric's operation name
     * @param body the operation, validation included
     * @param <T> its result type
     * @return its result
     * @throws StoreClosedException if the store was closed
     */
    <T> T run(String operation, Supplier<T> body) {
        long start = System.nanoTime();
        try {
            if (closed.get()) {
                throw new StoreClosedException(store);
            }
            T result = body.get();
            metrics.record(operation, "ok", System.nanoTime() - start);
            return result;
        } catch (RuntimeException e) {
            metrics.record(operation, e.getClass().getSimpleName(), System.nanoTime() - start);
            throw e;
        }
    }

    /**
     * Marks the store closed and runs {@code release} the first time only.
     *
     * @param release closes the backend
     */
    void close(Runnable release) {
        if (closed.compareAndSet(false, true)) {
            long start = System.nanoTime();
            try {
                release.run();
                metrics.record("close", "ok", System.nanoTime() - start);
            } catch (RuntimeException e) {
                metrics.record("close", e.getClass().getSimpleName(), System.nanoTime() - start);
                throw e;
            }
        }
    }

    /** @return the store's name (its URI) */
    String store() {
        return store;
    }
}
