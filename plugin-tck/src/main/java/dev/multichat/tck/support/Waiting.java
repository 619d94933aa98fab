package dev.multichat.tck.support;

import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

/**
 * Public test helper: waits on a monitor for a real condition, up to {@link #WAIT_MS}; never
 * sleeps blindly.
 */
public final class Waiting {
    /** How long any wait of the suite lasts at most, in milliseconds. */
    public static final long WAIT_MS = 30_000;

    private Waiting() {
    }

    /**
     * Waits until {@code done} holds or the deadline passed. The caller holds {@code monitor}'s
     * lock; whoever changes the condition calls {@code notifyAll()} on it.
     *
     * @param monitor the lock the condition is guarded by
     * @param done the condition
     */
    public static void until(Object monitor, BooleanSupplier done) {
        long deadline = System.nanoTime() + WAIT_MS * 1_000_000;
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
    public static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
