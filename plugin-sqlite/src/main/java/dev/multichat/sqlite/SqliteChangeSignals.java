package dev.multichat.sqlite;

import dev.multichat.spi.ChangeSignals;
import dev.multichat.spi.ChangeSink;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Change hints for the feed from other processes' commits: one read-only connection of its own
 * polls {@code PRAGMA data_version} every {@link #POLL_MS} ms, which changes whenever another
 * connection committed to the file. The pragma reads a counter in the shared WAL index: no
 * table is read and no lock taken, so a poll costs microseconds whatever the number of
 * subscribers. A change hints every followed session ({@link ChangeSink#changedAnywhere()}).
 * A failed poll is logged once and retried; the core's periodic check covers the gap.
 */
final class SqliteChangeSignals implements ChangeSignals {
    /** How often the counter is polled. */
    static final long POLL_MS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(SqliteChangeSignals.class);
    private final Path file;
    private final ScheduledExecutorService poller;
    private Connection connection;
    private long version = -1;
    private boolean failing;
    private volatile boolean closed;

    SqliteChangeSignals(Path file) {
        this.file = file;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "multichat-sqlite-data-version");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void start(ChangeSink sink) {
        poller.scheduleWithFixedDelay(() -> poll(sink), 0, POLL_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops polling. The poller's own thread closes its connection, after the poll in progress
     * (if any): the connection is only ever used on that thread, and it is closed even when a
     * poll outlasts the second this waits.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            poller.execute(this::closeConnection);
        } catch (RejectedExecutionException e) {
            return; // closed concurrently
        }
        poller.shutdown();
        try {
            if (!poller.awaitTermination(1, TimeUnit.SECONDS)) {
                LOG.warn("sqlite database {}: the data_version poller did not stop within 1 s; its"
                        + " connection closes when its poll ends", file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeConnection() {
        try {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        } catch (SQLException e) {
            LOG.warn("sqlite database {}: closing the data_version connection failed", file, e);
        }
    }

    private void poll(ChangeSink sink) {
        if (closed) {
            return; // never opens a connection after closeConnection ran
        }
        try {
            if (connection == null) {
                SQLiteConfig config = new SQLiteConfig();
                config.setReadOnly(true);
                connection = config.createConnection("jdbc:sqlite:" + file);
            }
            long now = dataVersion();
            if (version != -1 && now != version) {
                sink.changedAnywhere();
            }
            version = now;
            failing = false;
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn("sqlite database {}: polling data_version failed ({}); retrying", file, e.getMessage());
            }
        }
    }

    private long dataVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
