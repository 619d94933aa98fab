package dev.multichat.postgres.internal.connect;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens the change listener's own connection (not one of the store's pool). */
@FunctionalInterface
public interface Connector {
    /**
     * @return a new connection to the store's database
     * @throws SQLException if the server cannot be reached or refuses the login
     */
    Connection open() throws SQLException;
}
