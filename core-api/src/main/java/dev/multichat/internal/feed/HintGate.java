package dev.multichat.internal.feed;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Paces a session watch's bare hints (those that make it look the session up, and read if
 * needed): the first after a quiet spell is due at once, later ones no sooner than
 * {@link #GAP_MS} ms after the last one taken, and hints in between coalesce. A backend that
 * echoes every write of this store back as a hint (Redis pub/sub, PostgreSQL NOTIFY), or polls
 * (SQLite's data version, JSON file stamps), so costs the store at most one look-up and one
 * read per gap, and another process's write reaches followers at most that much later. This
 * store's own appends do not wait: they come with their result. Thread-safe.
 */
final class HintGate {
    /** The shortest time between two looks a watch takes on bare hints. */
    static final long GAP_MS = 5;
    private static final long GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(GAP_MS);
    private final ScheduledExecutorService timer;
    private final Runnable wake;
    private final AtomicBoolean hinted = new AtomicBoolean();
    private final AtomicBoolean timed = new AtomicBoolean();
    private final AtomicBoolean due = new AtomicBoolean();
    private volatile long nextAt = System.nanoTime() - GAP_NANOS;

    /**
     * @param timer the hub's watcher (schedules a paced hint)
     * @param wake requests a pass of the watch
     */
    HintGate(ScheduledExecutorService timer, Runnable wake) {
        this.timer = timer;
        this.wake = wake;
    }

    /** Something may have changed: a pass looks at once, or when the gap since the last look ends. */
    void hint() {
        hinted.set(true);
        if (timed.compareAndSet(false, true)) {
            long wait = nextAt - System.nanoTime();
            if (wait <= 0) {
                release();
                return;
            }
            try {
                timer.schedule(this::release, wait, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                timed.set(false); // the store is closing
            }
        }
    }

    /**
     * Called by the watch's pass.
     *
     * @return true if a hint is due: the pass looks the session up now
     */
    boolean take() {
        if (!due.getAndSet(false)) {
            return false;
        }
        nextAt = System.nanoTime() + GAP_NANOS;
        return hinted.getAndSet(false);
    }

    /** The look failed (an outage): look again at the next hint (or the periodic check). */
    void keep() {
        hinted.set(true);
    }

    private void release() {
        timed.set(false);
        due.set(true);
        wake.run();
    }
}
