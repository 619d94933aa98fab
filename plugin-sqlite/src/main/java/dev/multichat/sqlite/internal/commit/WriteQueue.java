package dev.multichat.sqlite.internal.commit;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The writes waiting for the {@link GroupCommit} leader, oldest first. Thread-safe: callers
 * add from any thread, the leader drains.
 */
final class WriteQueue {
    private final Queue<PendingWrite<?>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int maxBatch;

    WriteQueue(int maxBatch) {
        this.maxBatch = maxBatch;
    }

    void add(PendingWrite<?> pending) {
        queue.add(pending);
        size.incrementAndGet();
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
