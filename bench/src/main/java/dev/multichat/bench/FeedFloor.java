package dev.multichat.bench;

import dev.multichat.api.Appended;
import dev.multichat.api.SessionListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The floor of any change feed that delivers each append on another thread (issue 14): the
 * writer hands the append's result to a parked thread and wakes it (one lock-free push and one
 * unpark, nothing else), and that thread calls each of its listeners with the stored messages,
 * as the feed calls its subscribers. No ring, no sweeper, no store call, no error handling: what
 * is left is the wake-up and the listener calls, which no design that keeps writers from waiting
 * on subscribers avoids once appends come slower than a thread can spin for (a Redis append,
 * some 100-300 us). Set beside the store's feed in the same run ({@link FeedPairSetup}'s
 * {@code follow=floor}, {@link FeedCpuTime}), it tells how far the feed is from what it cannot
 * go below. Thread-safe.
 */
final class FeedFloor implements AutoCloseable {
    private final Queue<Appended> queue = new ConcurrentLinkedQueue<>();
    private final List<SessionListener> listeners = new ArrayList<>();
    private final Thread consumer;
    private final ThreadPoolExecutor pool;
    private volatile boolean running = true;

    /**
     * @param listeners how many listeners the thread calls per append
     * @param listener the listener each of them is (the bench's subscribers' counting listener)
     * @param pooled hand each append to a two-thread {@link ThreadPoolExecutor} over a
     *     {@link LinkedBlockingQueue} (as the feed's delivery pool does: two locks and a timed
     *     park per wake-up) instead of the lock-free queue and the plain park
     */
    FeedFloor(int listeners, SessionListener listener, boolean pooled) {
        for (int i = 0; i < listeners; i++) {
            this.listeners.add(batch -> listener.onMessages(batch)); // one object per listener, as subscribers
        }
        AtomicInteger made = new AtomicInteger();
        pool = !pooled ? null : new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "feed-floor-pool-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        if (pool != null) {
            pool.allowCoreThreadTimeOut(true);
        }
        consumer = new Thread(this::consume, "feed-floor-consumer");
        consumer.setDaemon(true);
        consumer.start();
    }

    /** @param appended an append's result, handed to the consumer thread, which is woken (or to the pool) */
    void handOff(Appended appended) {
        if (pool != null) {
            pool.execute(() -> deliver(appended));
            return;
        }
        queue.add(appended);
        LockSupport.unpark(consumer);
    }

    private void deliver(Appended appended) {
        for (SessionListener listener : listeners) {
            listener.onMessages(appended.messages());
        }
    }

    /** Stops the thread after it called the listeners with what was handed off. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
        running = false;
        LockSupport.unpark(consumer);
        try {
            consumer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void consume() {
        while (running || !queue.isEmpty()) {
            Appended appended = queue.poll();
            if (appended == null) {
                LockSupport.park(this);
                continue;
            }
            deliver(appended);
        }
    }
}
