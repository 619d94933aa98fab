package dev.multichat.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The prepared statements of one connection, each compiled once and reused. Not thread-safe:
 * used only by whoever holds the connection (the writer's lock).
 */
final class StatementCache implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param sql a statement's text
     * @return its prepared statement, parameters cleared
     * @throws SQLException if it does not compile
     */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    /**
     * Runs a statement without parameters or results, such as {@code COMMIT}.
     *
     * @param sql the statement
     * @throws SQLException if it fails
     */
    void run(String sql) throws SQLException {
        get(sql).execute();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        statements.clear();
        connection.close();
    }
}
