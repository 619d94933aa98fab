package dev.multichat.internal.feed;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a body on an executor, never twice at once, at least once after every {@link #request()}:
 * requests arriving while it runs make it run again; requests coalesce. Thread-safe.
 */
final class SerialRunner {
    private final Executor executor;
    private final Runnable body;
    private final AtomicInteger requests = new AtomicInteger();

    /**
     * @param executor where the body runs
     * @param body must not throw
     */
    SerialRunner(Executor executor, Runnable body) {
        this.executor = executor;
        this.body = body;
    }

    /** Makes the body run soon (on the executor), unless the executor has shut down. */
    void request() {
        if (requests.getAndIncrement() == 0) {
            try {
                executor.execute(this::run);
            } catch (RejectedExecutionException e) {
                requests.set(0);
            }
        }
    }

    /**
     * Makes the body run: here and now if it is not running or queued, else the run in
     * progress (or queued) goes round once more. The body's exceptions are the caller's.
     */
    void runHere() {
        if (requests.getAndIncrement() == 0) {
            run();
        }
    }

    private void run() {
        int seen = requests.get();
        while (true) {
            body.run();
            int left = requests.addAndGet(-seen);
            if (left == 0) {
                return;
            }
            seen = left;
        }
    }
}
