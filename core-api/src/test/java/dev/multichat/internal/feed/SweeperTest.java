package dev.multichat.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.Appended;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A session watch's sweeper under a stream of requests (one per append of this store): every
 * request is served by a round that starts after it; a writer hands the pool a task (which
 * wakes a parked thread) only when the sweeper went idle, not per request, and the sweeper
 * keeps its thread between rounds instead of queueing (and waking) a task per round; under
 * requests slower than its linger it does not spin after each round. Counted, not timed.
 */
class SweeperTest {
    private static final int REQUESTS = 5_000;
    /** The work a writer does between two requests, like a memory append's (a few microseconds). */
    private static final long WORK_NANOS = 2_000;
    private static final long WAIT_S = 30;
    /** Requests of the slow stream, and the time between two (a Redis append's round trip). */
    private static final int SLOW_REQUESTS = 100;
    private static final long SLOW_NANOS = 300_000;

    private final AtomicLong issued = new AtomicLong();
    private final AtomicLong covered = new AtomicLong();
    private final LongAdder passes = new LongAdder();
    private final LongAdder tasks = new LongAdder();
    private final ExecutorService pool = Executors.newFixedThreadPool(DeliveryPool.BASE);
    private final CountDownLatch allCovered = new CountDownLatch(1);

    @Test
    @DisplayName("5,000 requests a few microseconds apart: all served, and the pool gets far fewer tasks")
    void aStreamOfRequestsWakesThePoolRarely() throws InterruptedException {
        Sweeper sweeper = new Sweeper(List.of(), this::countedExecute, this::pass, () -> false, unpaced());
        for (int i = 1; i <= REQUESTS; i++) {
            issued.set(i);
            sweeper.request();
            work();
        }
        assertThat(allCovered.await(WAIT_S, TimeUnit.SECONDS)).as("a round ran after the last request").isTrue();
        assertThat(tasks.sum()).as("tasks handed to the pool, by the writer or by the sweeper itself")
                .isLessThan(REQUESTS / 10);
        assertThat(passes.sum()).as("rounds").isPositive().isLessThanOrEqualTo(REQUESTS + tasks.sum());
    }

    @Test
    @DisplayName("each of 20 requests in turn is served, whether the sweeper still lingers or went idle")
    void everyRequestIsServed() {
        Sweeper sweeper = new Sweeper(List.of(), pool, this::pass, () -> false, unpaced());
        for (int i = 1; i <= 20; i++) {
            issued.set(i);
            sweeper.request();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
            while (covered.get() < i) { // a request never served would keep this loop to its deadline
                assertThat(System.nanoTime() - deadline).as("request %d served within %d s", i, WAIT_S)
                        .isNegative();
                Thread.onSpinWait();
            }
        }
    }

    @Test
    @DisplayName("results pushed while the sweeper is on its thread, without a request, are all taken by a pass")
    void pushesWithoutRequestsAreTaken() {
        List<Appended> results = AppendInboxTest.appends(REQUESTS);
        AppendInbox inbox = new AppendInbox();
        LongAdder taken = new LongAdder();
        Sweeper sweeper = new Sweeper(List.of(), this::countedExecute, () -> {
            taken.add(inbox.takeAll().size());
            return false;
        }, inbox::isPending, unpaced());
        LongAdder requested = new LongAdder();
        long refused = 0; // a full inbox (the sweeper's thread held off its core for long): SessionWatch hints
        for (Appended result : results) { // as SessionWatch.appended does
            AppendInbox.Pushed pushed = inbox.push(result);
            if (pushed == AppendInbox.Pushed.FIRST && !sweeper.onThread()) {
                requested.increment();
                sweeper.request();
            }
            refused += pushed == AppendInbox.Pushed.FULL ? 1 : 0;
            work();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
        while (taken.sum() + refused < REQUESTS) { // a result never taken would keep this loop to its deadline
            assertThat(System.nanoTime() - deadline).as("every result taken within %d s", WAIT_S).isNegative();
            Thread.onSpinWait();
        }
        assertThat(taken.sum() + refused).isEqualTo(REQUESTS);
        assertThat(requested.sum()).as("pushes that requested a pass").isPositive().isLessThan(REQUESTS / 10);
        assertThat(tasks.sum()).as("tasks handed to the pool").isLessThan(REQUESTS / 10);
    }

    @Test
    @DisplayName("100 requests 300 us apart (a Redis append's pace): all served, none followed by a spin")
    void slowRequestsLeaveNoSpin() {
        LongAdder looks = new LongAdder(); // the sweeper's looks for pending results since the last pass
        List<Long> looksBeforePass = new CopyOnWriteArrayList<>();
        Sweeper sweeper = new Sweeper(List.of(), pool, () -> {
            looksBeforePass.add(looks.sumThenReset());
            return pass();
        }, () -> {
            looks.increment();
            return false;
        }, unpaced());
        for (int i = 1; i <= SLOW_REQUESTS; i++) {
            issued.set(i);
            sweeper.request();
            work(SLOW_NANOS);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
        while (covered.get() < SLOW_REQUESTS) { // a request never served would keep this loop to its deadline
            assertThat(System.nanoTime() - deadline).as("every request served within %d s", WAIT_S).isNegative();
            Thread.onSpinWait();
        }
        // a sweeper that goes idle at once looks twice (the loop's test and the last look); a
        // 20 us spin looks hundreds of times. The first idle spell lingers (nothing known yet);
        // a round delayed by the scheduler until just before the next request may linger once.
        long spins = looksBeforePass.stream().skip(2).filter(n -> n > 3).count();
        assertThat(spins).as("idle spells with a spin, of %s", looksBeforePass).isLessThan(SLOW_REQUESTS / 10);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private static Pacer unpaced() {
        return new Pacer(() -> false, () -> false, 0);
    }

    private void countedExecute(Runnable task) {
        tasks.increment();
        pool.execute(task);
    }

    private boolean pass() {
        passes.increment();
        long now = issued.get();
        covered.set(now);
        if (now == REQUESTS) {
            allCovered.countDown();
        }
        return false;
    }

    private static void work() {
        work(WORK_NANOS);
    }

    private static void work(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() - end < 0) {
            Thread.onSpinWait();
        }
    }
}
