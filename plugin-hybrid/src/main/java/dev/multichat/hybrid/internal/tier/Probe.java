package dev.multichat.hybrid.internal.tier;

import dev.multichat.api.StoreException;
import dev.multichat.api.StoreUnavailableException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs a half-open probe with a hard timeout: the caller waits at most the probe timeout, then
 * gets a {@link StoreUnavailableException} (the probe's thread is interrupted). Thread-safe.
 */
final class Probe implements AutoCloseable {
    private final Duration timeout;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "hybrid-probe");
        thread.setDaemon(true);
        return thread;
    });

    Probe(Duration timeout) {
        this.timeout = timeout;
    }

    <T> T run(Supplier<T> call) {
        Future<T> future = threads.submit(call::get);
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new StoreUnavailableException("fast tier probe took longer than " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while probing the fast tier");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException store) {
                throw store;
            }
            throw new StoreUnavailableException("fast tier probe failed: " + e.getCause());
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
