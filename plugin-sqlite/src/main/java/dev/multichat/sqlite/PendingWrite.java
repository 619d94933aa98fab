package dev.multichat.sqlite;

import dev.multichat.api.StoreException;
import java.sql.SQLException;

/**
 * A caller's queued write and, once its batch is over, its outcome. Its fields are written
 * and read only under the {@link GroupCommit} lock, which orders the leader's writes before
 * the caller's reads.
 *
 * @param <T> the write's result
 */
final class PendingWrite<T> {
    private final WriteOp<T> op;
    private final String action;
    private T result;
    private StoreException error;
    private boolean done;

    PendingWrite(WriteOp<T> op, String action) {
        this.op = op;
        this.action = action;
    }

    /** @return what the write does, for error messages */
    String action() {
        return action;
    }

    /** Runs the write; its result is kept until the batch commits. */
    void run(StatementCache sql, long now) throws SQLException {
        result = op.apply(sql, now);
    }

    /** Records this write's own failure (its changes were rolled back). */
    void fail(StoreException failure) {
        error = failure;
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
    }

    boolean done() {
        return done;
    }

    /** @return the result, or throws the write's failure */
    T outcome() {
        if (error != null) {
            throw error;
        }
        return result;
    }
}
