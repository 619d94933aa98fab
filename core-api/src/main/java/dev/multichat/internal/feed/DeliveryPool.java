package dev.multichat.internal.feed;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that deliver to listeners: a few (one per core, at least {@link #BASE}) run the
 * session watches' {@link Sweeper}s (one task per pass hands the new batches to every follower
 * of a session, so a pass wakes one thread, not 1,000) and the followers' own serial tasks
 * (catch-up, errors, the end), at most one queued task each (their serial runs
 * coalesce). When listeners hold every thread (blocked or slow in a call) and no task has
 * finished since the last {@link #relieve()} (the watcher calls it every
 * {@link FeedThreads#RELIEVE_MS} ms) while tasks wait, the pool grows by its base size, up
 * to {@link #CAP} threads; once nothing waits and the blocked calls returned it shrinks
 * back. Idle threads end after a minute.
 */
final class DeliveryPool implements Executor {
    /** The fewest threads the pool keeps when busy. */
    static final int BASE = 2;
    /** The most threads it grows to while listeners block. */
    static final int CAP = 64;

    private final ThreadPoolExecutor pool;
    private final int base;
    private long completedAtCheck = -1;

    /** @param factory makes the (daemon) threads */
    DeliveryPool(ThreadFactory factory) {
        this.base = baseSize();
        this.pool = new ThreadPoolExecutor(base, base, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(task);
    }

    /**
     * Grows the pool if listeners have held every thread since the last call while followers
     * wait; shrinks it back once nothing waits and fewer than the base size are busy (the
     * blocked listeners returned). Called on the watcher thread only.
     */
    void relieve() {
        long completed = pool.getCompletedTaskCount();
        boolean stalled = !pool.getQueue().isEmpty() && completed == completedAtCheck
                && pool.getActiveCount() >= pool.getMaximumPoolSize();
        completedAtCheck = completed;
        int size = pool.getMaximumPoolSize();
        if (stalled && size < CAP) {
            int grown = Math.min(CAP, size + base);
            pool.setMaximumPoolSize(grown);
            pool.setCorePoolSize(grown);
        } else if (size > base && pool.getQueue().isEmpty() && pool.getActiveCount() < base) {
            pool.setCorePoolSize(base);
            pool.setMaximumPoolSize(base);
        }
    }

    /** @return true while tasks wait for a thread */
    boolean crowded() {
        return !pool.getQueue().isEmpty();
    }

    /** @return the threads the pool runs when no listener blocks: one per core, at least {@link #BASE} */
    static int baseSize() {
        return Math.max(BASE, Runtime.getRuntime().availableProcessors());
    }

    /** Lets deliveries already queued finish (listeners' last calls); accepts no more. */
    void shutdown() {
        pool.shutdown();
    }
}
