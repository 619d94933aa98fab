package dev.multichat.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The pace a sweeper keeps between rounds: 25 times the last walking round, at most 1 ms, none
 * under 250 us;
 * a pause only while appends stream, never while other tasks wait for the pool. The waits are
 * asserted from below only (a loaded machine makes them longer, never shorter).
 */
class PacerTest {
    /** The store's feed-pace, the default. */
    private static final long MAX_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /** A pace long enough that ending early cannot be mistaken for its end. */
    private static final long LONG_PACE_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final long ROUND_NANOS = TimeUnit.MICROSECONDS.toNanos(20);
    private final AtomicInteger looks = new AtomicInteger();

    @Test
    @DisplayName("the pace is 25 times the last walking round, and at most 1 ms")
    void paceFollowsTheRound() {
        Pacer pacer = new Pacer(this::notCrowded, () -> false, MAX_NANOS);
        assertThat(pacer.pace()).as("before any round walked").isZero();
        walk(pacer, ROUND_NANOS);
        assertThat(pacer.pace()).isBetween(Pacer.FACTOR * ROUND_NANOS, MAX_NANOS);
        walk(pacer, MAX_NANOS / Pacer.FACTOR * 2);
        assertThat(pacer.pace()).isEqualTo(MAX_NANOS);
    }

    @Test
    @DisplayName("after a round during which results came, the next round begins a pace after it at the earliest")
    void streamingRoundsArePaced() {
        Pacer pacer = new Pacer(this::notCrowded, () -> false, MAX_NANOS);
        long start = System.nanoTime();
        walk(pacer, ROUND_NANOS);
        pacer.pause(true);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(pacer.pace());
        assertThat(looks.get()).as("looks whether the pool is crowded").isPositive();
    }

    @Test
    @DisplayName("woken long after it went idle, with nothing come during the round: no pause")
    void aLoneAppendIsNotPaced() {
        Pacer pacer = new Pacer(this::notCrowded, () -> false, MAX_NANOS);
        walk(pacer, ROUND_NANOS);
        pacer.woken(TimeUnit.SECONDS.toNanos(1));
        walk(pacer, ROUND_NANOS);
        pacer.pause(false);
        assertThat(looks.get()).as("looks whether the pool is crowded, which only a pause does").isZero();
        assertThat(pacer.linger()).as("and no spin either").isZero();
    }

    @Test
    @DisplayName("woken within a pace of going idle: the round is paced though nothing came during it")
    void aRequestSoonAfterIdleIsAStream() {
        Pacer pacer = new Pacer(this::notCrowded, () -> false, MAX_NANOS);
        walk(pacer, ROUND_NANOS);
        pacer.woken(pacer.pace() / 2);
        long start = System.nanoTime();
        walk(pacer, ROUND_NANOS);
        pacer.pause(false);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(pacer.pace());
    }

    @Test
    @DisplayName("while other tasks wait for the pool, a streaming round is not followed by a pause")
    void aCrowdedPoolIsNotHeld() {
        Pacer pacer = new Pacer(() -> looks.incrementAndGet() > 0, () -> false, MAX_NANOS);
        walk(pacer, ROUND_NANOS);
        pacer.pause(true);
        assertThat(looks.get()).as("looked once, then left without parking").isEqualTo(1);
        assertThat(pacer.crowded()).isTrue();
    }

    @Test
    @DisplayName("with half the inbox full a streaming round is not paused, and a writer's wake cuts a pause short")
    void aFillingInboxEndsThePause() throws InterruptedException {
        AtomicBoolean full = new AtomicBoolean(true);
        Pacer pacer = new Pacer(() -> false, full::get, LONG_PACE_NANOS);
        walk(pacer, LONG_PACE_NANOS / Pacer.FACTOR); // a pace of 30 s
        long start = System.nanoTime();
        pacer.pause(true);
        assertThat(System.nanoTime() - start).as("no pause while filling").isLessThan(LONG_PACE_NANOS / 2);
        full.set(false);
        Thread paused = new Thread(() -> pacer.pause(true));
        paused.start();
        while (paused.getState() != Thread.State.TIMED_WAITING && paused.isAlive()) { // parked in the pause
            Thread.onSpinWait();
        }
        full.set(true);
        pacer.wake();
        paused.join(TimeUnit.NANOSECONDS.toMillis(LONG_PACE_NANOS / 2));
        assertThat(paused.isAlive()).as("the pause of 30 s still going after the wake and 15 s").isFalse();
    }

    private boolean notCrowded() {
        looks.incrementAndGet();
        return false;
    }

    /** A round that walks and takes at least {@code nanos}. */
    private static void walk(Pacer pacer, long nanos) {
        pacer.roundStarts();
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() - end < 0) {
            Thread.onSpinWait();
        }
        pacer.walked();
    }
}
