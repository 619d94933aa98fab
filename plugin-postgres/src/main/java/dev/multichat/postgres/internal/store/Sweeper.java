package dev.multichat.postgres.internal.store;

import dev.multichat.api.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired sessions and their messages in the background (they are hidden the moment
 * they expire; this only reclaims space). Each batch is one transaction that locks up to
 * {@link #BATCH} expired rows with {@code FOR UPDATE SKIP LOCKED}, then deletes their messages
 * and the rows: several instances' sweeps share the work and never wait on each other, and a
 * row an append holds is simply left for the next sweep. Thread-safe.
 */
public final class Sweeper implements AutoCloseable {
    /** Most sessions one sweep transaction deletes. */
    static final int BATCH = 200;

    private static final Logger LOG = LoggerFactory.getLogger(Sweeper.class);
    private static final String PICK = """
            SELECT id FROM {s}.sessions WHERE expires_at <= ? ORDER BY expires_at LIMIT ?
            FOR UPDATE SKIP LOCKED""";
    private static final String MESSAGES = "DELETE FROM {s}.messages WHERE session_id = ANY(?)";
    private static final String SESSIONS = "DELETE FROM {s}.sessions WHERE id = ANY(?)";

    private final PgStorage storage;
    private final String[] sql;
    private final ScheduledExecutorService timer;

    /**
     * @param storage the shared storage
     * @param every the interval; zero starts no thread
     */
    public Sweeper(PgStorage storage, Duration every) {
        this.storage = storage;
        this.sql = new String[] {storage.sql(PICK), storage.sql(MESSAGES), storage.sql(SESSIONS)};
        if (every.isZero()) {
            this.timer = null;
            return;
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "multichat-postgres-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        timer.scheduleWithFixedDelay(this::sweepQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Deletes everything expired now, batch by batch.
     *
     * @return how many sessions were deleted
     */
    public long sweep() {
        long total = 0;
        int deleted;
        do {
            long now = storage.now();
            deleted = storage.transaction("sweeping expired sessions", c -> batch(c, now));
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }

    private int batch(Connection c, long now) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql[0])) {
            st.setLong(1, now);
            st.setInt(2, BATCH);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        if (!ids.isEmpty()) {
            java.sql.Array array = c.createArrayOf("text", ids.toArray(new String[0]));
            for (int i = 1; i < sql.length; i++) {
                try (PreparedStatement st = c.prepareStatement(sql[i])) {
                    st.setArray(1, array);
                    st.executeUpdate();
                }
            }
        }
        return ids.size();
    }

    private void sweepQuietly() {
        try {
            LOG.debug("swept {} expired sessions", sweep());
        } catch (StoreException e) {
            LOG.warn("expiry sweep failed; expired sessions stay hidden and the sweep retries at the next"
                    + " interval: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
