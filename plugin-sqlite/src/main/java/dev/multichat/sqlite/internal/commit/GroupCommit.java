package dev.multichat.sqlite.internal.commit;

import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreException;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.sqlite.internal.sql.SqlErrors;
import dev.multichat.sqlite.internal.sql.StatementCache;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The single writer, with group commit. A caller queues its operation and takes the writer
 * lock; whoever holds the lock (the leader) drains every queued operation and runs them in one
 * transaction ({@link BatchTransaction}: each succeeds or fails on its own), commits once, and
 * then publishes each caller's own result or exception. Callers that queued while a leader was
 * committing wait (parked) until their write is finished, or until the leader hands over to the
 * oldest queued caller, who then leads the next batch. So N concurrent writers share one fsync
 * instead of paying N, and a lone writer runs on its own thread with no hand-off. Every result
 * is published only after COMMIT returned: an acknowledged write is as durable as the
 * configured {@code synchronous} setting makes a commit.
 *
 * <p>Gathering: the callers of a batch come back with their next writes only after they were
 * woken, so the next leader would find just the quickest of them queued and pay a whole commit
 * (an fsync at {@code synchronous=full}) for a few writes. When the previous batch held several
 * writes, the leader therefore waits, parked, until as many are queued again (the caller whose
 * write completes the count wakes it), but never longer than its {@link GatherWindow}: half the
 * previous transaction, stretched when the writers come back later (remote clients, whose next
 * write follows a network round trip), never over a millisecond. It parks rather than spins or
 * yields: on a busy machine each {@code Thread.yield()} could give the core away for a whole
 * time slice, stretching a 1 ms gathering to tens of ms, and a spinning leader takes a core from
 * the very callers it waits for. A lone writer
 * never waits (its batches hold one write), and a burst that ends costs at most one such wait.
 *
 * <p>Thread-safe. The connection is used only under the lock.
 */
public final class GroupCommit implements AutoCloseable {
    private static final int MAX_BATCH = 512;

    private final ReentrantLock lock = new ReentrantLock();
    private final WriteQueue queue = new WriteQueue(MAX_BATCH);
    private final GatherWindow window = new GatherWindow();
    private final StatementCache sql;
    private final BatchTransaction transaction;
    private final SqlErrors errors;
    private volatile boolean closed;
    private int lastBatch;
    private long lastTransactionNanos;

    public GroupCommit(StatementCache sql, Clock clock, SqlErrors errors) {
        this.sql = sql;
        this.transaction = new BatchTransaction(sql, clock, errors);
        this.errors = errors;
    }

    /**
     * Runs {@code op} in the next group transaction and waits until it is committed.
     *
     * @param op the write
     * @param verb what it does, for error messages, e.g. "appending to session"
     * @param subject what it does it to, e.g. the session's id, or null; the message
     *     ({@link PendingWrite#action}) is built only if the write fails
     * @param <T> its result
     * @return the result, once durably committed
     * @throws StoreException the operation's own failure, or the batch's if it could not commit
     */
    public <T> T submit(WriteOp<T> op, String verb, Object subject) {
        if (closed) {
            throw new StoreClosedException("sqlite:" + errors.path());
        }
        PendingWrite<T> pending = new PendingWrite<>(op, verb, subject);
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
            release();
        }
    }

    /**
     * Unlocks the writer and wakes the oldest queued caller. Every holder of the lock leaves
     * through here: a caller whose {@code tryLock} failed parks until woken, and only the one
     * who held the lock can know to wake it.
     */
    private void release() {
        lock.unlock();
        queue.wakeOldest();
    }

    /** Runs one batch; every drained write is finished, whatever escapes (even an Error). */
    private void runBatch() {
        gather();
        List<PendingWrite<?>> batch = queue.drain();
        long start = System.nanoTime();
        boolean ran = false;
        StoreException failure = null;
        try {
            failure = closed ? new StoreClosedException("sqlite:" + errors.path()) : transaction.run(batch);
            ran = true;
        } finally {
            if (!ran) {
                failure = new StoreUnavailableException("sqlite database " + errors.path() + ": the write"
                        + " transaction was interrupted by an unexpected error and rolled back; retry");
            }
            lastBatch = batch.size();
            lastTransactionNanos = System.nanoTime() - start;
            for (PendingWrite<?> pending : batch) {
                pending.finish(failure);
            }
        }
    }

    /**
     * Waits, parked, until as many writes are queued as the previous batch held, at most as long
     * as the {@link GatherWindow} allows, which then learns from how many came; returns at once
     * after a batch of one.
     */
    private void gather() {
        if (lastBatch <= 1) {
            return;
        }
        long nanos = window.nanos(lastTransactionNanos);
        int before = queue.size();
        queue.awaitSize(lastBatch, System.nanoTime() + nanos);
        window.gathered(nanos, before, queue.size(), lastBatch);
    }

    /** @return how many writes are queued and not yet taken into a batch */
    public int queued() {
        return queue.size();
    }

    /** @return how many transactions committed so far (each may hold many callers' writes) */
    public long commits() {
        return transaction.commits();
    }

    /**
     * Marks the writer closed and the store closing ({@link SqlErrors#closing}): writes
     * submitted from now on, and those queued but not yet taken into a batch, fail with
     * {@link StoreClosedException}. A batch already running goes on to its commit.
     */
    public void closing() {
        closed = true;
        errors.closing();
    }

    /**
     * Closes the writer ({@link #closing} first, if not yet). Waits for a batch already running
     * (at most one transaction: up to {@code busy_timeout} for SQLite's write lock, then the
     * commit), so what it acknowledges is committed; then closes the connection and wakes the
     * oldest queued caller, who fails its batch with {@link StoreClosedException}.
     *
     * @throws SQLException if closing the connection fails (committed data is unaffected)
     */
    @Override
    public void close() throws SQLException {
        closing();
        lock.lock();
        try {
            sql.close();
        } finally {
            release();
        }
    }
}
