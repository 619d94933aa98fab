package dev.multichat.postgres.internal.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One unit of database work on a borrowed connection.
 *
 * @param <T> its result
 */
@FunctionalInterface
interface Work<T> {
    /**
     * @param connection a pooled connection, in auto-commit mode unless run as a transaction
     * @return the result
     * @throws SQLException if the server fails; mapped or retried by {@link PgStorage}
     */
    T run(Connection connection) throws SQLException;
}
