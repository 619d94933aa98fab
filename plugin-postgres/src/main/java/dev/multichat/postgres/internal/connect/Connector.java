package dev.multichat.postgres.internal.connect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens a connection of the store's own, outside the pool of its statements: the change
 * listener's (held for the store's life) and the change notifier's (held while it has hints to
 * send).
 */
@FunctionalInterface
public interface Connector {
    /**
     * @param role what the connection is for, {@code listener} or {@code notifier}; a store opened by
     *     URI names the connection {@code multichat <role>} unless the URI sets {@code ApplicationName}
     * @return a new connection to the store's database
     * @throws SQLException if the server cannot be reached or refuses the login
     */
    Connection open(String role) throws SQLException;
}
