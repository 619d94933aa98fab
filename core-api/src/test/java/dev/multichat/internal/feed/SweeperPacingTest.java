package dev.multichat.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.Appended;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A sweeper whose rounds are dear (each takes 100 us, as a walk over many followers does) under
 * a stream of appends 20 us apart, pushed as {@link SessionWatch#appended} pushes them: every
 * result is taken, and the rounds are paced, a pace (1 ms here) apart, so each delivers many
 * appends, instead of running back to back. A round may begin sooner only when it is the first
 * (or the one after a linger) of a spell on the thread, which a task handed to the pool starts.
 * Counted, not timed: the spaces are asserted from below only.
 */
class SweeperPacingTest {
    private static final int PUSHES = 2_000;
    private static final long PUSH_NANOS = TimeUnit.MICROSECONDS.toNanos(20);
    private static final long ROUND_NANOS = TimeUnit.MICROSECONDS.toNanos(100);
    /** The store's feed-pace, the default: 25 rounds of 100 us would be more. */
    private static final long PACE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long WAIT_S = 30;

    private final ExecutorService pool = Executors.newFixedThreadPool(DeliveryPool.BASE);
    private final LongAdder tasks = new LongAdder();
    private final LongAdder taken = new LongAdder();
    private final List<Long> starts = new CopyOnWriteArrayList<>();

    @Test
    @DisplayName("2,000 appends 20 us apart, rounds of 100 us: all taken, rounds a pace apart")
    void dearRoundsArePaced() {
        AppendInbox inbox = new AppendInbox();
        Sweeper sweeper = new Sweeper(List.of(), this::countedExecute, () -> {
            starts.add(System.nanoTime());
            taken.add(inbox.takeAll().size());
            busy(ROUND_NANOS);
            return true; // published: the round walks (no followers here), so its duration sets the pace
        }, inbox::isPending, new Pacer(() -> false, inbox::filling, PACE_NANOS));
        long refused = 0;
        for (Appended result : AppendInboxTest.appends(PUSHES)) { // as SessionWatch.appended does
            AppendInbox.Pushed pushed = inbox.push(result);
            if (pushed == AppendInbox.Pushed.FIRST && !sweeper.onThread()) {
                sweeper.request();
            }
            refused += pushed == AppendInbox.Pushed.FULL ? 1 : 0;
            busy(PUSH_NANOS);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
        while (taken.sum() + refused < PUSHES) { // a result never taken would keep this loop to its deadline
            assertThat(System.nanoTime() - deadline).as("every result taken within %d s", WAIT_S).isNegative();
            Thread.onSpinWait();
        }
        assertThat(taken.sum() + refused).isEqualTo(PUSHES);
        long soon = 0;
        for (int i = 1; i < starts.size(); i++) {
            soon += starts.get(i) - starts.get(i - 1) < PACE_NANOS ? 1 : 0;
        }
        assertThat(soon).as("rounds begun less than a pace after the previous one, of %d rounds", starts.size())
                .isLessThanOrEqualTo(2 * tasks.sum());
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private void countedExecute(Runnable task) {
        tasks.increment();
        pool.execute(task);
    }

    private static void busy(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() - end < 0) {
            Thread.onSpinWait();
        }
    }
}
