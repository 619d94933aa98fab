package dev.multichat.internal;

import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreMetrics;
import dev.multichat.api.StoreOperation;
import dev.multichat.api.StoreOutcome;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each store operation: refuses it once the store is closing, counts it while it runs,
 * times it and reports the outcome to the metrics recorder. The accounting is one atomic
 * counter (twice the calls in flight, plus one once closed): a call costs one atomic add on
 * entry and one on exit, no lock.
 *
 * <p>Close refuses new calls at once, waits up to a bound ({@link #CLOSE_WAIT} by default) for
 * the calls in flight to finish, then releases the backend. A call still running when the
 * backend is released and failing afterwards fails with {@link StoreClosedException} (its
 * cause the backend's error). Thread-safe.
 */
final class Guard {
    /** How long close waits for calls in flight before it releases the backend anyway. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(Guard.class);
    private static final long CLOSED = 1;
    private static final long CALL = 2;

    private final String store;
    private final StoreMetrics metrics;
    private final Duration closeWait;
    private final AtomicLong state = new AtomicLong();
    private final CountDownLatch drained = new CountDownLatch(1);
    private volatile boolean released;

    Guard(String store, StoreMetrics metrics, Duration closeWait) {
        this.store = store;
        this.metrics = metrics;
        this.closeWait = closeWait;
    }

    /**
     * @param operation the operation, for metrics
     * @param body the operation, validation included
     * @param <T> its result type
     * @return its result
     * @throws StoreClosedException if the store was closed, or closed under the call
     */
    <T> T run(StoreOperation operation, Supplier<T> body) {
        long start = System.nanoTime();
        try {
            if ((state.getAndAdd(CALL) & CLOSED) != 0) {
                throw new StoreClosedException(store);
            }
            T result = body.get();
            metrics.record(operation, StoreOutcome.OK, System.nanoTime() - start);
            return result;
        } catch (RuntimeException e) {
            RuntimeException thrown = released && !(e instanceof StoreClosedException)
                    ? new StoreClosedException(store, e) : e;
            metrics.record(operation, StoreOutcome.of(thrown), System.nanoTime() - start);
            throw thrown;
        } finally {
            if (state.addAndGet(-CALL) == CLOSED) {
                drained.countDown();
            }
        }
    }

    /**
     * Refuses new calls, waits (bounded) for those in flight, then runs {@code release}; the
     * first time only. Later calls return at once.
     *
     * @param release closes the backend
     */
    void close(Runnable release) {
        long start = System.nanoTime();
        long before = state.getAndUpdate(s -> s | CLOSED);
        if ((before & CLOSED) != 0) {
            return;
        }
        if (before != 0) {
            awaitCallsInFlight();
        }
        released = true;
        try {
            release.run();
            metrics.record(StoreOperation.CLOSE, StoreOutcome.OK, System.nanoTime() - start);
        } catch (RuntimeException e) {
            metrics.record(StoreOperation.CLOSE, StoreOutcome.of(e), System.nanoTime() - start);
            throw e;
        }
    }

    private void awaitCallsInFlight() {
        try {
            if (!drained.await(closeWait.toNanos(), TimeUnit.NANOSECONDS)) {
                LOG.warn("closing store {}: {} call(s) still running after {} ms; releasing the backend"
                        + " anyway (they fail with StoreClosedException)", store, state.get() / CALL,
                        closeWait.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("closing store {}: interrupted while waiting for calls in flight; releasing the"
                    + " backend now", store);
        }
    }

    /** @return the store's name (its URI, credentials redacted) */
    String store() {
        return store;
    }
}
