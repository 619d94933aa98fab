package dev.multichat.internal.feed;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * How a session's {@link Sweeper} spends its thread between rounds. Sweeper thread only.
 *
 * <p><b>Pacing.</b> A round costs about the same however many appends it covers (a wake-up, a
 * pass, a walk over every follower: some 40 us for 1,000 followers), so while appends stream
 * the sweeper spaces its rounds: after a round it stays parked on its thread until
 * {@link #FACTOR} times that round's duration has passed since the round began (at most the
 * store's {@code feed-pace}, 1 ms by default; {@code 0} turns pacing off), and the next round
 * delivers every append that came meanwhile, while the writers push their results without
 * waking anything. Delivery so takes at most about a {@code FACTOR + 1}th of a core (4%) per
 * followed session, whatever the append rate; what it costs is latency, and only while rounds
 * are dear: a round of a few followers takes a few microseconds and is not paced at all (a pace
 * under {@link #MIN_NANOS}), with 1,000 followers a streamed append waits up to the cap. A
 * stream is results that came during a round, or a request that woke the sweeper within one pace
 * of its going idle; the first append after a quiet spell is delivered at once.
 *
 * <p><b>Lingering.</b> Woken within {@link Sweeper#LINGER_NANOS} of going idle (appends a few
 * microseconds apart), the sweeper spins that long for the next one before it goes idle again.
 *
 * <p><b>Sharing the pool.</b> It neither parks nor keeps its thread past a turn while other tasks
 * wait for the pool ({@code crowded}).
 *
 * <p><b>Fast writers.</b> A pause ends early once half the watch's inbox is full ({@code
 * filling}, {@link #wake()}): appends a microsecond apart fill it within a pace, and a full
 * inbox makes the pass read the store instead.
 */
final class Pacer {
    /** A paced round begins at least this many times the last walking round's duration after the previous one. */
    static final int FACTOR = 25;
    /**
     * The shortest pause worth taking: below it a round (a few followers) costs about what a
     * wake-up does, and the pause would be mostly the timer's slack (50 us on Linux), added to
     * the latency of every append of a session that answers its own feed.
     */
    static final long MIN_NANOS = TimeUnit.MICROSECONDS.toNanos(250);
    private final BooleanSupplier crowded;
    private final BooleanSupplier filling;
    private final long maxNanos;
    /** The thread paused right now, if any (set before it looks at {@code filling}). */
    private volatile Thread pausing;
    private long roundStart;
    private long roundNanos;
    private boolean paces;
    private boolean lingers = true;

    /**
     * @param crowded true while other tasks wait for the delivery pool
     * @param filling true while so many results wait that the next round should not wait (the
     *     writers then {@link #wake()} a pause)
     * @param maxNanos the longest space between two paced rounds (the store's {@code feed-pace}); 0: no pacing
     */
    Pacer(BooleanSupplier crowded, BooleanSupplier filling, long maxNanos) {
        this.crowded = crowded;
        this.filling = filling;
        this.maxNanos = maxNanos;
    }

    /**
     * The sweeper was woken from idle.
     *
     * @param quiet how long it had been idle when the request that woke it came
     */
    void woken(long quiet) {
        lingers = quiet <= Sweeper.LINGER_NANOS;
        paces = quiet <= pace();
    }

    /** A round begins. */
    void roundStarts() {
        roundStart = System.nanoTime();
    }

    /** The round that began last walked the followers (its duration sets the pace). */
    void walked() {
        roundNanos = System.nanoTime() - roundStart;
    }

    /**
     * After a round: while appends stream, parks until a pace has passed since the round began,
     * unless other tasks wait for the pool (or the thread is interrupted).
     *
     * @param streaming true if append results came during the round
     */
    void pause(boolean streaming) {
        if (!paces && !streaming) {
            return;
        }
        long until = roundStart + pace();
        long wait = until - System.nanoTime();
        pausing = Thread.currentThread(); // before the look at filling: a writer that fills after it unparks
        try {
            while (wait > 0 && !crowded.getAsBoolean() && !filling.getAsBoolean()
                    && !Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(this, wait);
                wait = until - System.nanoTime();
            }
        } finally {
            pausing = null;
        }
    }

    /**
     * Cuts a pause short (a writer that filled half the watch's inbox calls it); any thread.
     * Unparking a thread that has left the pause meanwhile only makes its next park return early.
     */
    void wake() {
        Thread paused = pausing;
        if (paused != null) {
            LockSupport.unpark(paused);
        }
    }

    /** @return how long the sweeper spins for a request before it goes idle (0: not at all) */
    long linger() {
        return lingers ? Sweeper.LINGER_NANOS : 0;
    }

    /** @return true while other tasks wait for the delivery pool */
    boolean crowded() {
        return crowded.getAsBoolean();
    }

    /**
     * @return the space between two paced rounds: the factor times the last walking round, at
     *     most the cap; 0 (no pacing) if that is less than {@link #MIN_NANOS}
     */
    long pace() {
        long pace = Math.min(maxNanos, FACTOR * roundNanos);
        return pace < MIN_NANOS ? 0 : pace;
    }
}
