package dev.multichat.sqlite.internal.commit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The leader's gathering wait: woken by the write it waits for, bounded by its deadline. */
class WriteQueueTest {
    private static final long HOUR_NANOS = TimeUnit.HOURS.toNanos(1);

    @Test
    void theWriteThatCompletesTheCountWakesTheGatherer() throws InterruptedException {
        WriteQueue queue = new WriteQueue(512);
        queue.add(write());
        CountDownLatch gathering = new CountDownLatch(1);
        Thread adder = new Thread(() -> {
            awaitQuietly(gathering);
            queue.add(write());
            queue.add(write());
        });
        adder.start();
        // the deadline is an hour away: only the adder's third write can end this wait
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            gathering.countDown();
            queue.awaitSize(3, System.nanoTime() + HOUR_NANOS);
        });
        adder.join();
        assertThat(queue.size()).isEqualTo(3);
        assertThat(queue.drain()).hasSize(3);
    }

    @Test
    void aCountAlreadyReachedDoesNotWait() {
        WriteQueue queue = new WriteQueue(512);
        queue.add(write());
        queue.add(write());
        assertTimeoutPreemptively(Duration.ofMinutes(1),
                () -> queue.awaitSize(2, System.nanoTime() + HOUR_NANOS));
        assertThat(queue.size()).isEqualTo(2);
    }

    @Test
    void theDeadlineEndsTheWaitWhenTooFewWritesCome() {
        WriteQueue queue = new WriteQueue(512);
        queue.add(write());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2);
        queue.awaitSize(5, deadline);
        assertThat(System.nanoTime() - deadline).isNotNegative();
        assertThat(queue.size()).isEqualTo(1);
    }

    private static PendingWrite<Integer> write() {
        return new PendingWrite<>((sql, now) -> 1, "writing", null);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
