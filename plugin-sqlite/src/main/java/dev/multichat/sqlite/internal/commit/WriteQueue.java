package dev.multichat.sqlite.internal.commit;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The writes waiting for the {@link GroupCommit} leader, oldest first. Thread-safe: callers
 * add from any thread, the leader drains, and while it gathers ({@link #awaitSize}) it sleeps
 * until the write it waits for arrives, woken by that caller's {@link #add}.
 */
final class WriteQueue {
    private final Queue<PendingWrite<?>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int maxBatch;
    private volatile int wanted = Integer.MAX_VALUE;
    private volatile Thread gatherer;

    WriteQueue(int maxBatch) {
        this.maxBatch = maxBatch;
    }

    void add(PendingWrite<?> pending) {
        queue.add(pending);
        int queued = size.incrementAndGet();
        Thread waiting = gatherer;
        if (waiting != null && queued >= wanted) {
            LockSupport.unpark(waiting);
        }
    }

    /**
     * Parks the calling thread (the leader; one at a time) until at least {@code count} writes
     * are queued or {@code deadlineNanos} (a {@link System#nanoTime} value) has passed. Parked,
     * not spinning: the leader leaves the CPU to the callers it waits for, and the caller whose
     * write completes the count wakes it. It publishes itself before it checks the count, so a
     * write added meanwhile is either counted or wakes it.
     */
    void awaitSize(int count, long deadlineNanos) {
        wanted = count;
        gatherer = Thread.currentThread();
        try {
            long left = deadlineNanos - System.nanoTime();
            while (size.get() < count && left > 0) {
                LockSupport.parkNanos(this, left);
                left = deadlineNanos - System.nanoTime();
            }
        } finally {
            gatherer = null;
            wanted = Integer.MAX_VALUE;
        }
    }

    /** @return how many writes are waiting (a moment's count: callers keep adding) */
    int size() {
        return size.get();
    }

    /** @return the oldest waiting writes, at most the batch size, removed from the queue */
    List<PendingWrite<?>> drain() {
        List<PendingWrite<?>> batch = new ArrayList<>();
        for (PendingWrite<?> next = queue.poll(); next != null; next = queue.poll()) {
            size.decrementAndGet();
            batch.add(next);
            if (batch.size() == maxBatch) {
                break;
            }
        }
        return batch;
    }

    /** Wakes the caller of the oldest waiting write, if any, so it leads the next batch. */
    void wakeOldest() {
        PendingWrite<?> next = queue.peek();
        if (next != null) {
            next.wake();
        }
    }
}
