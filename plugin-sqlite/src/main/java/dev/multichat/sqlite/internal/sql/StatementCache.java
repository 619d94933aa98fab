package dev.multichat.sqlite.internal.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * The prepared statements of one connection, each compiled once and reused. Not thread-safe:
 * used only by whoever holds the connection (the writer's lock).
 */
public final class StatementCache implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final DB database;
    private final Map<Class<?>, Object> attached = new HashMap<>();

    /**
     * @param connection an sqlite-jdbc connection
     * @throws SQLException if it is not one
     */
    public StatementCache(Connection connection) throws SQLException {
        this.connection = connection;
        this.database = connection.unwrap(SQLiteConnection.class).getDatabase();
    }

    /**
     * @param sql a statement's text
     * @return its prepared statement, parameters cleared
     * @throws SQLException if it does not compile
     */
    public PreparedStatement get(String sql) throws SQLException {
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
     * State that the layers above keep per connection (such as the records it decoded
     * recently), created on first use and living as long as this cache.
     *
     * @param type the state's class, its key
     * @param create makes it on first use
     * @param <T> its type
     * @return this connection's instance
     */
    public <T> T attached(Class<T> type, Supplier<T> create) {
        return type.cast(attached.computeIfAbsent(type, k -> create.get()));
    }

    /** @return the connection whose statements these are */
    public Connection connection() {
        return connection;
    }

    /**
     * Runs a statement without parameters or results, such as {@code COMMIT}.
     *
     * @param sql the statement
     * @throws SQLException if it fails
     */
    public void run(String sql) throws SQLException {
        get(sql).execute();
    }

    /**
     * @return how many rows the connection's INSERT, UPDATE and DELETE statements changed since
     *     it opened (SQLite's {@code total_changes()}): unchanged across a write means it wrote
     *     nothing
     * @throws SQLException if SQLite fails
     */
    public long totalChanges() throws SQLException {
        return database.total_changes();
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
