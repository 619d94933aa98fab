package dev.multichat.internal.feed;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hub's threads: one watcher (reads after hints, runs the periodic check) and a pool that
 * delivers to listeners, growing with the listeners busy at once so that a slow one never holds
 * up another, its idle threads ending after a minute. All daemon threads.
 */
final class FeedThreads {
    private static final AtomicInteger STORES = new AtomicInteger();
    private final ScheduledExecutorService watcher;
    private final ExecutorService delivery;

    FeedThreads() {
        int n = STORES.incrementAndGet();
        ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, factory("multichat-feed-" + n + "-watch"));
        w.setRemoveOnCancelPolicy(true);
        this.watcher = w;
        this.delivery = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                factory("multichat-feed-" + n + "-deliver"));
    }

    ScheduledExecutorService watcher() {
        return watcher;
    }

    ExecutorService delivery() {
        return delivery;
    }

    /**
     * Runs {@code check} every {@code period} on the watcher thread.
     *
     * @param check the periodic check (must not throw)
     * @param period its period
     */
    void every(Duration period, Runnable check) {
        long ms = period.toMillis();
        watcher.scheduleWithFixedDelay(check, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Stops the watcher at once; lets deliveries already queued finish (listeners' last calls). */
    void shutdown() {
        watcher.shutdownNow();
        delivery.shutdown();
    }

    private static ThreadFactory factory(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
