package dev.multichat.tck.support;

import java.util.Map;
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
                    printThreads("Waiting: the condition did not hold within " + WAIT_MS + " ms");
                    return;
                }
                monitor.wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Prints every thread's stack to standard error (the test report keeps it): a wait that ran
     * out is a failure about to be reported, and the stacks say what the store was doing.
     *
     * @param why what ran out, printed first
     */
    public static void printThreads(String why) {
        StringBuilder dump = new StringBuilder(why + "; the threads:\n");
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            dump.append('"').append(thread.getKey().getName()).append("\" ").append(thread.getKey().getState())
                    .append('\n');
            for (StackTraceElement frame : thread.getValue()) {
                dump.append("    at ").append(frame).append('\n');
            }
        }
        System.err.print(dump);
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
