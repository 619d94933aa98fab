package dev.multichat.sqlite;

import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreException;
import dev.multichat.sqlite.internal.commit.GroupCommit;
import dev.multichat.sqlite.internal.sql.StatementCache;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired sessions and their messages in the background. Expired sessions are already
 * invisible (every query filters them); this only reclaims their space. Each batch deletes at
 * most {@link #BATCH} rows through the {@link GroupCommit} writer, so the write lock is never
 * held for long and callers' writes interleave with the sweep.
 */
final class Sweeper implements AutoCloseable {
    /** Most rows one sweep transaction deletes. */
    static final int BATCH = 500;

    /** How long {@link #close} waits for the sweeper's thread to end. */
    private static final long STOP_WAIT_MS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(Sweeper.class);
    private static final String EXPIRED_MESSAGES = """
            DELETE FROM messages WHERE rowid IN (
                SELECT m.rowid FROM sessions s JOIN messages m ON m.session_id = s.id
                WHERE s.expires_at IS NOT NULL AND s.expires_at <= ?
                LIMIT ? + 0)""";
    private static final String EXPIRED_SESSIONS = """
            DELETE FROM sessions WHERE id IN (
                SELECT s.id FROM sessions s
                WHERE s.expires_at IS NOT NULL AND s.expires_at <= ?
                  AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.session_id = s.id)
                LIMIT ? + 0)""";

    private final GroupCommit writer;
    private final ScheduledExecutorService timer;

    /**
     * @param writer the store's writer
     * @param every the interval; zero starts no thread
     */
    Sweeper(GroupCommit writer, Duration every) {
        this.writer = writer;
        if (every.isZero()) {
            this.timer = null;
            return;
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "multichat-sqlite-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        timer.scheduleWithFixedDelay(this::sweepQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Deletes everything expired, batch by batch.
     *
     * @return how many rows (messages and sessions) were deleted
     */
    long sweep() {
        long total = 0;
        int deleted;
        do {
            deleted = writer.submit(Sweeper::deleteBatch, "sweeping expired sessions", null);
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }

    private void sweepQuietly() {
        try {
            long deleted = sweep();
            LOG.debug("swept {} expired rows", deleted);
        } catch (StoreClosedException e) {
            LOG.debug("expiry sweep stopped: the store was closed");
        } catch (StoreException e) {
            LOG.warn("expiry sweep failed; expired sessions stay hidden and the sweep retries at"
                    + " the next interval", e);
        }
    }

    private static int deleteBatch(StatementCache sql, long now) throws SQLException {
        PreparedStatement messages = sql.get(EXPIRED_MESSAGES);
        messages.setLong(1, now);
        messages.setInt(2, BATCH);
        int deleted = messages.executeUpdate();
        if (deleted < BATCH) {
            PreparedStatement sessions = sql.get(EXPIRED_SESSIONS);
            sessions.setLong(1, now);
            sessions.setInt(2, BATCH - deleted);
            deleted += sessions.executeUpdate();
        }
        return deleted;
    }

    /**
     * Stops the timer. Call it after closing the writer: a sweep in progress then fails its
     * next batch at once with {@link StoreClosedException} and ends, so this returns as soon as
     * the sweeper's thread has noticed (it is not waited for past {@link #STOP_WAIT_MS}: it is a
     * daemon thread and can only fail).
     */
    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(STOP_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
