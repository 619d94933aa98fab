package dev.multichat.sqlite.internal.commit;

import dev.multichat.api.PluginException;
import dev.multichat.api.StoreException;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.sqlite.internal.sql.SqlErrors;
import dev.multichat.sqlite.internal.sql.StatementCache;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one drained batch of writes in one {@code BEGIN IMMEDIATE} transaction for the
 * {@link GroupCommit} leader, so that each write succeeds or fails on its own.
 *
 * <p>First the writes run one after another straight on the connection. A write that is refused
 * before it changed a row (a version conflict, a missing session: the stores check before they
 * write) leaves nothing to undo, so the others commit as they are; this is the common case and
 * costs no savepoints. Only when a write fails after changing rows, or with an SQL error, is the
 * transaction rolled back and, unless that write was alone, the batch run again with each write
 * in its own {@code SAVEPOINT}: the failing write's changes are then undone on their own. A write
 * may therefore run twice (see {@link WriteOp}).
 *
 * <p>Not thread-safe: used only by the leader, under the writer lock.
 */
final class BatchTransaction {
    private static final Logger LOG = LoggerFactory.getLogger(BatchTransaction.class);
    private static final String BEGIN_IMMEDIATE = "BEGIN IMMEDIATE";
    private static final String COMMIT = "COMMIT";
    private static final String ROLLBACK = "ROLLBACK";
    private static final String SAVEPOINT = "SAVEPOINT op";
    private static final String RELEASE = "RELEASE op";
    private static final String ROLLBACK_TO = "ROLLBACK TO op";

    /** How one write ended. */
    private enum Outcome { DONE, REFUSED, BROKE }

    private final StatementCache sql;
    private final Clock clock;
    private final SqlErrors errors;
    private final LongAdder commits = new LongAdder();

    BatchTransaction(StatementCache sql, Clock clock, SqlErrors errors) {
        this.sql = sql;
        this.clock = clock;
        this.errors = errors;
    }

    /**
     * Runs the batch; each write then holds its own result or failure.
     *
     * @return null if the transaction ended as it should (committed, or rolled back because no
     *     write succeeded), else why the whole batch failed (it was rolled back)
     */
    StoreException run(List<PendingWrite<?>> batch) {
        try {
            sql.run(BEGIN_IMMEDIATE);
        } catch (SQLException e) {
            return errors.map(e, "starting a write transaction");
        }
        boolean open = true;
        StoreException failure = null;
        try {
            if (together(batch)) {
                sql.run(COMMIT);
                open = false;
                commits.increment();
            }
        } catch (SQLException e) {
            failure = errors.map(e, "committing a write transaction");
        } catch (StoreException ended) {
            // only thrown by rerunIsolated: its ROLLBACK failed, which ended the transaction
            failure = ended;
            open = false;
        } finally {
            if (open) {
                rollback(failure);
            }
        }
        return failure;
    }

    /**
     * Runs the writes without savepoints until one breaks (fails after changing rows, or with
     * an SQL error); then, unless it was alone, rolls back and runs the batch again with
     * savepoints in a new transaction. No write runs after a broken one on the same
     * transaction: SQLite may have ended it (after an I/O error or a full disk), and a write run
     * then would commit statement by statement. If SQLite did end it, the ROLLBACK fails and
     * with it the whole batch, with nothing committed.
     *
     * @return whether the transaction holds a successful write to commit
     */
    private boolean together(List<PendingWrite<?>> batch) throws SQLException {
        boolean done = false;
        for (PendingWrite<?> pending : batch) {
            Outcome outcome = attempt(pending);
            if (outcome == Outcome.BROKE) {
                return batch.size() > 1 && rerunIsolated(batch, pending);
            }
            done |= outcome == Outcome.DONE;
        }
        return done;
    }

    /**
     * @throws StoreException if the ROLLBACK before the re-run fails (SQLite ended the
     *     transaction: an I/O error, a full disk): the batch's failure, caused by the broken
     *     write's own failure, with the ROLLBACK's failure suppressed
     */
    private boolean rerunIsolated(List<PendingWrite<?>> batch, PendingWrite<?> broken) throws SQLException {
        LOG.debug("a write in a batch of {} on {} failed after writing; re-running the batch with a"
                + " savepoint per write", batch.size(), errors.path());
        try {
            sql.run(ROLLBACK);
        } catch (SQLException e) {
            StoreException failure = new StoreUnavailableException("sqlite database " + errors.path()
                    + ": a write transaction ended when " + broken.action() + " failed ("
                    + broken.failure().getMessage() + "); nothing of it was committed: retry", broken.failure());
            failure.addSuppressed(e);
            throw failure;
        }
        sql.run(BEGIN_IMMEDIATE);
        return isolated(batch);
    }

    /** @return whether any write succeeded; each failing one rolled back only its own changes */
    private boolean isolated(List<PendingWrite<?>> batch) throws SQLException {
        boolean done = false;
        for (PendingWrite<?> pending : batch) {
            sql.run(SAVEPOINT);
            if (attempt(pending) == Outcome.DONE) {
                done = true;
            } else {
                sql.run(ROLLBACK_TO);
            }
            sql.run(RELEASE);
        }
        return done;
    }

    /**
     * Runs one write; a failure is kept in it.
     *
     * @return {@code REFUSED} only for a store exception thrown before any row changed; any
     *     other failure may have left changes behind ({@code BROKE})
     */
    private Outcome attempt(PendingWrite<?> pending) throws SQLException {
        long changesBefore = sql.totalChanges();
        try {
            pending.run(sql, clock.millis());
            return Outcome.DONE;
        } catch (SQLException e) {
            pending.fail(errors.map(e, pending.action()));
        } catch (StoreException e) {
            pending.fail(e);
            return sql.totalChanges() == changesBefore ? Outcome.REFUSED : Outcome.BROKE;
        } catch (RuntimeException e) {
            pending.fail(new PluginException("sqlite database " + errors.path() + ": "
                    + pending.action() + " failed unexpectedly (" + e + "); nothing was written;"
                    + " please report this with the stack trace", e));
        }
        return Outcome.BROKE;
    }

    /**
     * Ends a failed transaction. SQLite may have rolled it back already (after an I/O error or
     * a full disk), so the ROLLBACK may fail: its failure is added to the batch's as suppressed
     * (never replacing it), or, when no batch failure is known (each write holds its own),
     * logged at debug level.
     */
    private void rollback(StoreException failure) {
        try {
            sql.run(ROLLBACK);
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                LOG.debug("rollback after a failed write transaction on {} failed", errors.path(), e);
            }
        }
    }

    /** @return how many transactions committed so far */
    long commits() {
        return commits.sum();
    }
}
