package dev.multichat.internal.feed;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Runs a session watch's rounds on the delivery pool: each round is a pass (which brings the
 * watch's {@link BatchRing} up to date) and, if the pass published anything, a walk over every
 * follower that lets each deliver what it has not taken yet, on the spot
 * ({@link SessionFollower#deliverHere()}; a follower already delivering on another thread just
 * goes round once more there). Requests coalesce: those made during a round make one more round
 * after it, so a round costs the same whatever the number of followers or of appends it covers.
 *
 * <p>A writer hands work to the pool (a task, which wakes a parked thread) only when the
 * sweeper is idle. While it is on its thread ({@link #onThread()}), the watch's appends only
 * push their results, without a request: it looks at the pending results before it goes idle.
 * Between rounds its {@link Pacer} decides how it spends the thread: while appends stream it
 * spaces the rounds (parked), so that one round delivers many appends; woken within
 * {@link #LINGER_NANOS} of going idle it spins that long for the next request; otherwise it goes
 * idle at once (a spin after each of appends slower than that, a Redis round trip or an fsync
 * apart, would only take a core from what the writer's next append waits on). After
 * {@link #TURN_NANOS} on the thread it queues itself again behind other tasks if any wait
 * (fairness), still without a writer's wake-up.
 *
 * <p>A listener that does not return holds the walk, so the watch asks every
 * {@link FeedThreads#RELIEVE_MS} ms whether the walk moved on ({@link #stuck()}) and, if not,
 * {@link #retire retires} this sweeper for a fresh one; the retired one ends after its walk and
 * passes every later request on. Thread-safe; {@link #stuck()} and {@link #retire} are called
 * by the watcher thread only.
 */
final class Sweeper implements Runnable {
    /** How long a sweeper woken soon after it went idle spins for another request before it goes idle again. */
    static final long LINGER_NANOS = TimeUnit.MICROSECONDS.toNanos(20);
    /** How long a sweeper runs rounds on one pool task before it queues itself again. */
    static final long TURN_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private final List<SessionFollower> followers;
    private final Executor pool;
    private final BooleanSupplier pass;
    private final BooleanSupplier pending;
    private final Pacer pacer;
    /** 0: idle; else 1 (the running or queued task's token) plus the requests not yet served. */
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean onThread;
    private volatile Sweeper replacement;
    /** Followers passed by walks: written by the walking thread alone, without a fence (see {@link #round()}). */
    private final AtomicLong steps = new AtomicLong();
    private volatile boolean walking;
    private volatile boolean walkOwed;
    private long stepsAtCheck = -1;
    /** When the writer's request that woke the sweeper came (set only when it hands the pool a task). */
    private volatile long wokenAt;
    /** When the sweeper last went idle; sweeper thread only (runs never overlap). */
    private long idleAt;

    /**
     * @param followers the watch's followers (a concurrent list, read at each walk)
     * @param pool the delivery pool
     * @param pass the watch's pass (never run twice at once): true if it published a batch
     * @param pending true if the watch holds append results no pass has taken yet (see {@link #onThread()})
     * @param pacer how the sweeper spends its thread between rounds (its own)
     */
    Sweeper(List<SessionFollower> followers, Executor pool, BooleanSupplier pass, BooleanSupplier pending,
            Pacer pacer) {
        this.followers = followers;
        this.pool = pool;
        this.pass = pass;
        this.pending = pending;
        this.pacer = pacer;
    }

    /** Makes a round run soon, unless the pool has shut down. Returns at once; wakes a thread only if idle. */
    void request() {
        if (requests.getAndIncrement() == 0) {
            wokenAt = System.nanoTime();
            submit();
        }
        Sweeper next = replacement;
        if (next != null) {
            next.request();
        }
    }

    /** Makes a round run soon that walks the followers even if its pass publishes nothing. */
    void requestWalk() {
        walkOwed = true;
        request();
    }

    /**
     * Whether the sweeper is on its thread (or queued for its next turn) and will look at its
     * {@code pending} results before it goes idle: a writer that made results pending and then
     * sees true need not {@link #request()} (the sweeper clears the flag before that last look,
     * so one of the two always sees the other).
     *
     * @return true while the sweeper runs rounds or lingers
     */
    boolean onThread() {
        return onThread;
    }

    @Override
    public void run() {
        long turnEnd = System.nanoTime() + TURN_NANOS;
        if (idleAt != 0) { // woken from idle: is this a stream?
            pacer.woken(wokenAt - idleAt);
            idleAt = 0;
        }
        onThread = true;
        while (true) {
            int seen = requests.get();
            round();
            if (replacement != null) {
                return; // retired: the token stays, so later requests go on to the replacement
            }
            if (requests.addAndGet(1 - seen) == 1) {
                pacer.pause(pending.getAsBoolean());
                if (wentIdle()) {
                    return;
                }
            }
            if (replacement != null) {
                return; // retired while it paused or lingered
            }
            if (System.nanoTime() - turnEnd > 0) {
                if (pacer.crowded()) {
                    submit(); // keeps the token: one more turn, queued behind what else waits for the pool
                    return;
                }
                turnEnd = System.nanoTime() + TURN_NANOS;
            }
        }
    }

    /** @param fresh the sweeper that takes over: this one stops after its walk */
    void retire(Sweeper fresh) {
        replacement = fresh;
    }

    /**
     * @return true if a walk is in progress and has not passed a single follower since the last
     *     call (a listener holds it)
     */
    boolean stuck() {
        long now = steps.get();
        boolean stuck = walking && now == stepsAtCheck;
        stepsAtCheck = now;
        return stuck;
    }

    /** A pass, then, if it published anything (or a walk is owed), a walk over the followers. */
    private void round() {
        pacer.roundStarts();
        boolean owed = walkOwed;
        walkOwed = false;
        if (pass.getAsBoolean() || owed) {
            walking = true;
            long passed = steps.get();
            for (SessionFollower follower : followers) {
                follower.deliverHere();
                // one writer (rounds never overlap); an ordered write, no fence per follower: the
                // watcher only needs to see the count move within its period
                steps.lazySet(++passed);
            }
            walking = false;
            pacer.walked();
        }
    }

    /**
     * Waits for work as long as the pacer says to linger, spinning; if none came, goes idle.
     *
     * @return true if the sweeper went idle; false if work came (or it was retired): it runs on
     */
    private boolean wentIdle() {
        long end = System.nanoTime() + pacer.linger();
        while (requests.get() == 1 && !pending.getAsBoolean() && replacement == null) {
            long now = System.nanoTime();
            if (now - end >= 0) {
                onThread = false; // then the last look: a writer that pushed before it sees the flag down
                idleAt = now; // before the release, so the run the next request starts sees it
                if (!pending.getAsBoolean() && requests.compareAndSet(1, 0)) {
                    return true; // the next request hands the pool a task
                }
                idleAt = 0;
                onThread = true;
                return false;
            }
            Thread.onSpinWait();
        }
        return false;
    }

    private void submit() {
        try {
            pool.execute(this);
        } catch (RejectedExecutionException e) { // the store is closing
            requests.set(0);
            onThread = false;
        }
    }
}
