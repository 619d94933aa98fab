package dev.multichat.sqlite;

import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer, with group commit. A caller queues its operation and takes the writer
 * lock; whoever holds the lock (the leader) drains every queued operation, runs them in one
 * {@code BEGIN IMMEDIATE} transaction, each inside its own {@code SAVEPOINT} (a failing
 * operation rolls back only its own changes; a lone operation needs no savepoint: if it
 * fails, the transaction is rolled back), commits once, and then publishes each
 * caller's own result or exception. Callers that queued while a leader was committing wait
 * (parked) until their write is finished, or until the leader hands over to the oldest
 * queued caller, who then leads the next batch. So N concurrent writers
 * share one fsync instead of paying N, and a lone writer runs on its own thread with no
 * hand-off. Every result is published only after COMMIT returned: an acknowledged write is
 * as durable as the configured {@code synchronous} setting makes a commit.
 *
 * <p>Thread-safe. The connection is used only under the lock.
 */
final class GroupCommit implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    private static final int MAX_BATCH = 512;
    private static final String BEGIN_IMMEDIATE = "BEGIN IMMEDIATE";
    private static final String COMMIT = "COMMIT";
    private static final String ROLLBACK = "ROLLBACK";
    private static final String SAVEPOINT = "SAVEPOINT op";
    private static final String RELEASE = "RELEASE op";
    private static final String ROLLBACK_TO = "ROLLBACK TO op";

    private final ReentrantLock lock = new ReentrantLock();
    private final WriteQueue queue = new WriteQueue(MAX_BATCH);
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
        PendingWrite<T> pending = new PendingWrite<>(op, action);
        queue.add(pending);
        while (!pending.done()) {
            if (lock.tryLock()) {
                lead(pending);
            } else {
                pending.await();
            }
        }
        return pending.outcome();
    }

    /**
     * Runs batches until {@code own} is done, then lets the oldest queued caller (if any) take
     * over: callers wait on their own write, woken when it is finished or when the lock is
     * free, so finished callers return at once instead of each taking the lock in turn.
     */
    private void lead(PendingWrite<?> own) {
        try {
            while (!own.done()) {
                runBatch();
            }
        } finally {
            lock.unlock();
            queue.wakeOldest();
        }
    }

    /** Runs one batch; every drained write is finished, whatever escapes (even an Error). */
    private void runBatch() {
        List<PendingWrite<?>> batch = queue.drain();
        boolean ran = false;
        StoreException failure = null;
        try {
            failure = closed ? new StoreClosedException("sqlite:" + errors.path()) : runAll(batch);
            ran = true;
        } finally {
            if (!ran) {
                failure = new StoreException("sqlite database " + errors.path() + ": the write"
                        + " transaction was interrupted by an unexpected error and rolled back; retry");
            }
            for (PendingWrite<?> pending : batch) {
                pending.finish(failure);
            }
        }
    }

    /**
     * Runs the batch in one transaction. A lone write needs no savepoint: if it fails, the
     * whole transaction is rolled back instead of committed.
     *
     * @return null if the batch ran (each write then holds its own outcome), else why the
     *     whole batch failed (it was rolled back)
     */
    private StoreException runAll(List<PendingWrite<?>> batch) {
        try {
            sql.run(BEGIN_IMMEDIATE);
        } catch (SQLException e) {
            return errors.map(e, "starting a write transaction");
        }
        boolean committed = false;
        try {
            boolean keep = batch.size() == 1 ? attempt(batch.get(0)) : runIsolated(batch);
            if (keep) {
                sql.run(COMMIT);
                committed = true;
                commits.increment();
            }
            return null;
        } catch (SQLException e) {
            return errors.map(e, "committing a write transaction");
        } finally {
            if (!committed) {
                rollback();
            }
        }
    }

    /** Runs each write inside its own savepoint; a failing one rolls back only its own. */
    private boolean runIsolated(List<PendingWrite<?>> batch) throws SQLException {
        for (PendingWrite<?> pending : batch) {
            sql.run(SAVEPOINT);
            if (!attempt(pending)) {
                sql.run(ROLLBACK_TO);
            }
            sql.run(RELEASE);
        }
        return true;
    }

    /** @return whether the write succeeded; if not, it holds its failure */
    private boolean attempt(PendingWrite<?> pending) {
        try {
            pending.run(sql, clock.millis());
            return true;
        } catch (SQLException e) {
            pending.fail(errors.map(e, pending.action()));
        } catch (StoreException e) {
            pending.fail(e);
        } catch (RuntimeException e) {
            pending.fail(new StoreException("sqlite database " + errors.path() + ": "
                    + pending.action() + " failed unexpectedly (" + e + "); nothing was written;"
                    + " please report this with the stack trace", e));
        }
        return false;
    }

    /**
     * Ends a failed transaction. SQLite may have rolled it back already (after an I/O error or
     * a full disk), so a failing ROLLBACK is expected then and only logged at debug level.
     */
    private void rollback() {
        try {
            sql.run(ROLLBACK);
        } catch (SQLException e) {
            LOG.debug("rollback after a failed write transaction on {} failed", errors.path(), e);
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
}
