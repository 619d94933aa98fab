package dev.multichat.internal.feed;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hub's threads: one watcher (the owner feeds' passes, the periodic check, and every
 * {@link #RELIEVE_MS} ms a look for listeners that hold up others) and a bounded
 * {@link DeliveryPool} that runs the session watches' rounds and delivers to listeners (a few
 * threads; more, up to a cap, while listeners block). All daemon threads.
 */
final class FeedThreads {
    /** How often the watcher checks whether listeners have blocked every delivery thread. */
    static final long RELIEVE_MS = 200;
    private static final AtomicInteger STORES = new AtomicInteger();
    private final ScheduledExecutorService watcher;
    private final DeliveryPool delivery;
    private final long paceNanos;

    /** @param pace the longest a paced delivery round waits ({@link Pacer}); zero: no pacing */
    FeedThreads(Duration pace) {
        this.paceNanos = pace.toNanos();
        int n = STORES.incrementAndGet();
        ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, factory("multichat-feed-" + n + "-watch"));
        w.setRemoveOnCancelPolicy(true);
        this.watcher = w;
        this.delivery = new DeliveryPool(factory("multichat-feed-" + n + "-deliver"));
        w.scheduleWithFixedDelay(delivery::relieve, RELIEVE_MS, RELIEVE_MS, TimeUnit.MILLISECONDS);
    }

    ScheduledExecutorService watcher() {
        return watcher;
    }

    DeliveryPool delivery() {
        return delivery;
    }

    /** @return the longest a paced delivery round waits, in nanoseconds (0: rounds are not paced) */
    long paceNanos() {
        return paceNanos;
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
