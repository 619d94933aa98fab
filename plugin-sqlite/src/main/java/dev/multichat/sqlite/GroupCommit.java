package dev.multichat.sqlite;

import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The single writer, with group commit. A caller queues its operation and takes the writer
 * lock; whoever holds the lock (the leader) drains every queued operation, runs them in one
 * {@code BEGIN IMMEDIATE} transaction, each inside its own {@code SAVEPOINT} (a failing
 * operation rolls back only its own changes), commits once, and then publishes each
 * caller's own result or exception. Callers that queued while a leader was committing find
 * their work done when they get the lock, or lead the next batch. So N concurrent writers
 * share one fsync instead of paying N, and a lone writer runs on its own thread with no
 * hand-off. Every result is published only after COMMIT returned: an acknowledged write is
 * as durable as the configured {@code synchronous} setting makes a commit.
 *
 * <p>Thread-safe. The connection is used only under the lock.
 */
final class GroupCommit implements AutoCloseable {
    private static final int MAX_BATCH = 512;
    private static final String BEGIN_IMMEDIATE = "BEGIN IMMEDIATE";
    private static final String COMMIT = "COMMIT";
    private static final String ROLLBACK = "ROLLBACK";
    private static final String SAVEPOINT = "SAVEPOINT op";
    private static final String RELEASE = "RELEASE op";
    private static final String ROLLBACK_TO = "ROLLBACK TO op";

    private final ReentrantLock lock = new ReentrantLock();
    private final Queue<Pending<?>> queue = new ConcurrentLinkedQueue<>();
    private final StatementCache sql;
    private final Clock clock;
    private final SqlErrors errors;
    private final LongAdder commits = new LongAdder();
    private boolean closed;

    GroupCommit(StatementCache sql, Clock clock, SqlErrors errors) {
        this.sql = sql;
        this.clock = clock;
        this.errors = errors;
    }

    /**
     * Runs {@code op} in the next group transaction and waits until it is committed.
     *
     * @param op the write
     * @param action what it does, for error messages, e.g. "appending to session 'a'"
     * @param <T> its result
     * @return the result, once durably committed
     * @throws StoreException the operation's own failure, or the batch's if it could not commit
     */
    <T> T submit(WriteOp<T> op, String action) {
        Pending<T> pending = new Pending<>(op, action);
        queue.add(pending);
        lock.lock();
        try {
            while (!pending.done) {
                runBatch();
            }
        } finally {
            lock.unlock();
        }
        return pending.result();
    }

    private void runBatch() {
        List<Pending<?>> batch = new ArrayList<>();
        for (Pending<?> next = queue.poll(); next != null; next = batch.size() < MAX_BATCH ? queue.poll() : null) {
            batch.add(next);
        }
        if (closed) {
            finish(batch, new StoreClosedException("sqlite:" + errors.path()));
            return;
        }
        try {
            sql.run(BEGIN_IMMEDIATE);
        } catch (SQLException e) {
            finish(batch, errors.map(e, "starting a write transaction"));
            return;
        }
        try {
            for (Pending<?> pending : batch) {
                runIsolated(pending);
            }
            sql.run(COMMIT);
            commits.increment();
            finish(batch, null);
        } catch (SQLException e) {
            StoreException failure = errors.map(e, "committing a write transaction");
            try {
                sql.run(ROLLBACK);
            } catch (SQLException rollback) {
                failure.addSuppressed(rollback);
            }
            finish(batch, failure);
        }
    }

    private void runIsolated(Pending<?> pending) throws SQLException {
        sql.run(SAVEPOINT);
        try {
            pending.run(sql, clock.millis());
            sql.run(RELEASE);
            return;
        } catch (SQLException e) {
            pending.error = errors.map(e, pending.action);
        } catch (StoreException e) {
            pending.error = e;
        } catch (RuntimeException e) {
            pending.error = new StoreException("sqlite database " + errors.path() + ": "
                    + pending.action + " failed unexpectedly (" + e + "); nothing was written;"
                    + " please report this with the stack trace", e);
        }
        sql.run(ROLLBACK_TO);
        sql.run(RELEASE);
    }

    private static void finish(List<Pending<?>> batch, StoreException failure) {
        for (Pending<?> pending : batch) {
            if (failure != null) {
                pending.error = failure;
            }
            pending.done = true;
        }
    }

    /** @return how many transactions committed so far (each may hold many callers' writes) */
    long commits() {
        return commits.sum();
    }

    @Override
    public void close() throws SQLException {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                sql.close();
            }
        } finally {
            lock.unlock();
        }
    }

    /** A queued operation and, once its batch is over, its outcome. Guarded by the lock. */
    private static final class Pending<T> {
        private final WriteOp<T> op;
        private final String action;
        private T result;
        private StoreException error;
        private boolean done;

        Pending(WriteOp<T> op, String action) {
            this.op = op;
            this.action = action;
        }

        void run(StatementCache sql, long now) throws SQLException {
            result = op.apply(sql, now);
        }

        T result() {
            if (error != null) {
                throw error;
            }
            return result;
        }
    }
}
