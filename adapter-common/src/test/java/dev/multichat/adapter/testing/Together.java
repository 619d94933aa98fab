package dev.multichat.adapter.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;

/** Runs a body on several threads released together by a barrier; fails on any thread's failure. */
public final class Together {

    private static final long TIMEOUT_SECONDS = 120;

    private Together() {
    }

    /** Runs {@code body(thread)} on {@code threads} threads at once and waits for all of them. */
    public static void run(int threads, IntConsumer body) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int thread = i;
                futures.add(pool.submit(() -> {
                    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    body.accept(thread);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the threads", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("a thread failed or hung: " + e.getCause(), e);
        } finally {
            pool.shutdownNow();
        }
    }
}
