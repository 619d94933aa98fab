package dev.multichat.sqlite.internal.commit;

import dev.multichat.api.StoreException;
import dev.multichat.sqlite.internal.sql.StatementCache;
import java.sql.SQLException;
import java.util.concurrent.locks.LockSupport;

/**
 * A caller's queued write and, once its batch is over, its outcome. The leader writes the
 * outcome and then sets the volatile {@code done}; the caller reads {@code done} before the
 * outcome, so it sees what the leader wrote.
 *
 * @param <T> the write's result
 */
final class PendingWrite<T> {
    private final WriteOp<T> op;
    private final String verb;
    private final Object subject;
    private T result;
    private StoreException error;
    private final Thread caller = Thread.currentThread();
    private volatile boolean done;
    private boolean interrupted;

    PendingWrite(WriteOp<T> op, String verb, Object subject) {
        this.op = op;
        this.verb = verb;
        this.subject = subject;
    }

    /** @return what the write does, for error messages, e.g. "appending to session 'a'"; built on demand */
    String action() {
        return subject == null ? verb : verb + " '" + subject + "'";
    }

    /**
     * Runs the write; its result is kept until the batch commits. Running it again (the batch
     * was rolled back and is re-run) forgets the previous run's failure.
     */
    void run(StatementCache sql, long now) throws SQLException {
        error = null;
        result = op.apply(sql, now);
    }

    /** Records this write's own failure (its changes were rolled back). */
    void fail(StoreException failure) {
        error = failure;
    }

    /** @return this write's own failure in the current run, or null */
    StoreException failure() {
        return error;
    }

    /**
     * Ends the write's batch.
     *
     * @param batchFailure why the whole batch failed, or null if it committed
     */
    void finish(StoreException batchFailure) {
        if (batchFailure != null) {
            error = batchFailure;
        }
        done = true;
        LockSupport.unpark(caller);
    }

    /**
     * Parks the caller until woken ({@link #finish} or {@link #wake}), or spuriously. An
     * interrupt does not end the wait (the write is in flight): it is kept and restored by
     * {@link #outcome}.
     */
    void await() {
        LockSupport.park(this);
        if (Thread.interrupted()) {
            interrupted = true;
        }
    }

    /** Wakes the caller so it tries to lead the next batch. */
    void wake() {
        LockSupport.unpark(caller);
    }

    boolean done() {
        return done;
    }

    /** @return the result, or throws the write's failure */
    T outcome() {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (error != null) {
            throw error;
        }
        return result;
    }
}
