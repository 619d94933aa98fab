package dev.multichat.internal.feed;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * Runs a body on an executor, never twice at once, at least once after every {@link #request()}:
 * requests arriving while it runs make it run again; requests coalesce. Either composed, given
 * the body, or extended, overriding {@link #body()}: then the run count lives in the subclass's
 * own object, which {@link SessionFollower} needs (a walk reaches every follower of a session on
 * each append, and each more object per follower is one more cache miss). Thread-safe.
 */
class SerialRunner {
    private static final AtomicIntegerFieldUpdater<SerialRunner> REQUESTS =
            AtomicIntegerFieldUpdater.newUpdater(SerialRunner.class, "requests");
    private final Executor executor;
    private final Runnable body;
    /** 0: not running; else 1 plus the requests made while it runs. */
    private volatile int requests;

    /**
     * @param executor where the body runs
     * @param body must not throw
     */
    SerialRunner(Executor executor, Runnable body) {
        this.executor = executor;
        this.body = body;
    }

    /** @param executor where the body, {@link #body()} as the subclass overrides it, runs */
    protected SerialRunner(Executor executor) {
        this(executor, null);
    }

    /** Makes the body run soon (on the executor), unless the executor has shut down. */
    final void request() {
        if (REQUESTS.getAndIncrement(this) == 0) {
            try {
                executor.execute(this::run);
            } catch (RejectedExecutionException e) {
                requests = 0;
            }
        }
    }

    /**
     * Makes the body run: here and now if it is not running or queued, else the run in
     * progress (or queued) goes round once more. The body's exceptions are the caller's.
     */
    final void runHere() {
        if (REQUESTS.getAndIncrement(this) == 0) {
            run();
        }
    }

    /** One run of the body: the one given, unless a subclass overrides it. Must not throw. */
    protected void body() {
        body.run();
    }

    private void run() {
        int seen = requests;
        while (true) {
            body();
            int left = REQUESTS.addAndGet(this, -seen);
            if (left == 0) {
                return;
            }
            seen = left;
        }
    }
}
