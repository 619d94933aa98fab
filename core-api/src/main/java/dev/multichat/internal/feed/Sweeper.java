package dev.multichat.internal.feed;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs a session watch's rounds on the delivery pool: each round is a pass (which brings the
 * watch's {@link BatchRing} up to date) and, if the pass published anything, a walk over every
 * follower that lets each deliver what it has not taken yet, on the spot
 * ({@link SessionFollower#deliverHere()}; a follower already delivering on another thread just
 * goes round once more there). Requests coalesce: those made during a round make one more round
 * after it, so passes come at most once per walk and a round costs one pool task, whatever the
 * number of followers or of appends it covers.
 *
 * <p>A listener that does not return holds the walk, so the watch asks every
 * {@link FeedThreads#RELIEVE_MS} ms whether the walk moved on ({@link #stuck()}) and, if not,
 * {@link #retire retires} this sweeper for a fresh one; the retired one ends after its walk and
 * passes every later request on. Thread-safe; {@link #stuck()} and {@link #retire} are called
 * by the watcher thread only.
 */
final class Sweeper implements Runnable {
    private final List<SessionFollower> followers;
    private final Executor pool;
    private final BooleanSupplier pass;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Sweeper replacement;
    private volatile long steps;
    private volatile boolean walking;
    private volatile boolean walkOwed;
    private long stepsAtCheck = -1;

    /**
     * @param followers the watch's followers (a concurrent list, read at each walk)
     * @param pool the delivery pool
     * @param pass the watch's pass (never run twice at once): true if it published a batch
     */
    Sweeper(List<SessionFollower> followers, Executor pool, BooleanSupplier pass) {
        this.followers = followers;
        this.pool = pool;
        this.pass = pass;
    }

    /** Makes a round run soon, unless the pool has shut down. Returns at once. */
    void request() {
        if (requests.getAndIncrement() == 0) {
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

    @Override
    public void run() {
        int seen = requests.get();
        boolean owed = walkOwed;
        walkOwed = false;
        if (pass.getAsBoolean() || owed) {
            walk();
        }
        if (replacement == null && requests.addAndGet(-seen) != 0) {
            submit(); // one more round, queued behind what else waits for the pool
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
        long now = steps;
        boolean stuck = walking && now == stepsAtCheck;
        stepsAtCheck = now;
        return stuck;
    }

    private void walk() {
        walking = true;
        for (SessionFollower follower : followers) {
            follower.deliverHere();
            steps++; // one writer: rounds never overlap
        }
        walking = false;
    }

    private void submit() {
        try {
            pool.execute(this);
        } catch (RejectedExecutionException e) {
            requests.set(0);
        }
    }
}
