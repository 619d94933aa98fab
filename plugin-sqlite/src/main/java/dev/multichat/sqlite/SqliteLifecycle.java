package dev.multichat.sqlite;

import dev.multichat.api.StoreHealth;
import dev.multichat.spi.StoreLifecycle;
import dev.multichat.sqlite.internal.commit.GroupCommit;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQLite store's health and close: one group-committing writer connection, a pool of
 * read-only connections and an expiry sweeper. Thread-safe; several processes may open the
 * same file at once (WAL mode, {@code BEGIN IMMEDIATE}, busy timeout).
 */
final class SqliteLifecycle implements StoreLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteLifecycle.class);

    private final GroupCommit writer;
    private final ReaderStatements readers;
    private final Sweeper sweeper;
    private final Map<String, String> details;

    SqliteLifecycle(GroupCommit writer, ReaderStatements readers, SqliteSettings settings) {
        this.writer = writer;
        this.readers = readers;
        this.sweeper = new Sweeper(writer, settings.sweep());
        this.details = Map.of("path", settings.path().toString(), "synchronous",
                settings.synchronous().name().toLowerCase(Locale.ROOT), "pool",
                Integer.toString(settings.pool()), "busy_timeout", settings.busyTimeout().toMillis() + "ms");
    }

    /** Deletes expired data now (the sweeper does so periodically). @return rows deleted */
    long sweep() {
        return sweeper.sweep();
    }

    /** @return the writer, for tests that count its commits */
    GroupCommit writer() {
        return writer;
    }

    @Override
    public StoreHealth health() {
        try {
            readers.probe();
            return new StoreHealth(StoreHealth.Status.UP, "sqlite database open in WAL mode", details);
        } catch (SQLException e) {
            return new StoreHealth(StoreHealth.Status.DOWN, "no read connection to the sqlite database: "
                    + e.getMessage(), details);
        }
    }

    /**
     * Closes the store promptly. First the writer is marked closed: queued writes and calls made
     * from now on fail with {@link dev.multichat.api.StoreClosedException}. Then, in turn: the
     * sweeper's thread, which stops at its next batch (waited for at most a second); the reader
     * pool and every read connection it left open (a read still running fails at its next step,
     * and reads after it at once, with {@code StoreClosedException}); and the writer, which waits
     * for the write transaction in progress, if any (at most {@code busy_timeout} for SQLite's
     * lock plus its commit, so what it acknowledges is committed). The writer's connection closes
     * last: as the last connection of this process it checkpoints the WAL into the database file.
     */
    @Override
    public void close() {
        writer.closing();
        sweeper.close();
        readers.close();
        try {
            writer.close();
        } catch (SQLException e) {
            LOG.warn("closing the sqlite writer connection failed; committed data is unaffected", e);
        }
    }
}
