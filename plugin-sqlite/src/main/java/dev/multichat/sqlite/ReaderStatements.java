package dev.multichat.sqlite;

import dev.multichat.sqlite.internal.sql.StatementCache;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.sqlite.SQLiteConnection;

/**
 * Lends a pooled reader connection together with its prepared statements, compiled once per
 * physical connection and kept for its life, so a read runs its statements without compiling
 * SQL. A connection is used by one borrower at a time, so its {@link StatementCache} is too.
 * Statements are prepared on the physical connection (the pool neither tracks nor closes them);
 * a connection the pool has closed closes its statements with it and its entry is dropped.
 *
 * <p>Thread-safe.
 */
final class ReaderStatements {
    private final DataSource pool;
    private final int poolSize;
    private final Map<Connection, StatementCache> caches = new ConcurrentHashMap<>();

    ReaderStatements(DataSource pool, int poolSize) {
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
            }
            return read.apply(sql);
        }
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
