package dev.multichat.sqlite;

import com.zaxxer.hikari.HikariDataSource;
import dev.multichat.sqlite.internal.sql.StatementCache;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;

/**
 * Lends a pooled reader connection together with its prepared statements, compiled once per
 * physical connection and kept for its life, so a read runs its statements without compiling
 * SQL. A connection is used by one borrower at a time, so its {@link StatementCache} is too.
 * Statements are prepared on the physical connection (the pool neither tracks nor closes them);
 * a connection the pool has closed closes its statements with it and its entry is dropped.
 * {@link #close} closes the pool and every connection it left open.
 *
 * <p>Thread-safe.
 */
final class ReaderStatements {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderStatements.class);
    private final HikariDataSource pool;
    private final int poolSize;
    private final Map<Connection, StatementCache> caches = new ConcurrentHashMap<>();
    private volatile boolean closed;

    ReaderStatements(HikariDataSource pool, int poolSize) {
        this.pool = pool;
        this.poolSize = poolSize;
    }

    /**
     * Runs {@code read} on a borrowed connection's statements and returns the connection.
     *
     * @param read the read; it must close every result set it opens
     * @param <T> its result
     * @return what {@code read} returned
     * @throws SQLException if no connection could be had or SQLite fails
     */
    <T> T with(Read<T> read) throws SQLException {
        try (Connection borrowed = pool.getConnection()) {
            Connection physical = borrowed.unwrap(SQLiteConnection.class);
            StatementCache sql = caches.get(physical);
            if (sql == null) {
                if (caches.size() >= poolSize) {
                    caches.keySet().removeIf(ReaderStatements::isClosed);
                }
                sql = new StatementCache(physical);
                caches.put(physical, sql);
                if (closed) {
                    physical.close(); // close() may have looked at the caches before this one was in
                }
            }
            return read.apply(sql);
        }
    }

    /** @throws SQLException if no read connection can be had */
    void probe() throws SQLException {
        pool.getConnection().close();
    }

    /**
     * Closes the pool, then every connection reads used that is still open. The pool closes its
     * idle connections and would abort those in use, but sqlite-jdbc's {@code abort} does nothing:
     * a read running at the close kept its connection open for good, with its file descriptors,
     * and the writer was then not the last connection to close, so the WAL stayed. Closing it
     * here waits for the read's current step (sqlite-jdbc serialises a connection's calls); the
     * read then fails at its next one, as {@code StoreClosedException} once the store is closing.
     */
    void close() {
        closed = true;
        pool.close();
        for (Connection physical : caches.keySet()) {
            try {
                physical.close();
            } catch (SQLException e) {
                LOG.debug("closing a read connection the pool left open failed", e);
            }
        }
        caches.clear();
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /**
     * A read on one connection's statements.
     *
     * @param <T> its result
     */
    @FunctionalInterface
    interface Read<T> {
        /**
         * @param sql the connection's statements
         * @return the result
         * @throws SQLException if SQLite fails
         */
        T apply(StatementCache sql) throws SQLException;
    }
}
