package dev.multichat.tck;

import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

/** Waits on a monitor for a real condition, up to {@link Received#WAIT_MS}; never sleeps blindly. */
final class Waiting {
    private Waiting() {
    }

    /**
     * Waits until {@code done} holds or the deadline passed. The caller holds {@code monitor}'s
     * lock; whoever changes the condition calls {@code notifyAll()} on it.
     *
     * @param monitor the lock the condition is guarded by
     * @param done the condition
     */
    static void until(Object monitor, BooleanSupplier done) {
        long deadline = System.nanoTime() + Received.WAIT_MS * 1_000_000;
        try {
            while (!done.getAsBoolean()) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return;
                }
                monitor.wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits for a latch a test opens by hand (a blocked listener's release); an interrupt ends
     * the wait and is kept.
     *
     * @param latch the latch
     */
    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
