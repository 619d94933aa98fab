package dev.multichat.redis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** Polls a condition on the servers until it holds, with a deadline (never a fixed sleep). */
final class Await {
    private static final Duration READY = Duration.ofSeconds(60);
    private static final long POLL_NANOS = 20_000_000;

    private Await() {
    }

    static void until(Check check) {
        long deadline = System.nanoTime() + READY.toNanos();
        while (true) {
            try {
                if (check.holds()) {
                    return;
                }
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new UncheckedIOException(e);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("a redis set-up did not reach the expected state within " + READY);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** A condition on the servers, polled until it holds. */
    @FunctionalInterface
    interface Check {
        boolean holds() throws IOException;
    }
}
