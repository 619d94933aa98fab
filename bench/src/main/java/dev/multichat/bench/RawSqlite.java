package dev.multichat.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The raw ceiling: one sqlite-jdbc connection in WAL mode at the same {@code synchronous}
 * setting, an indexed table, a prepared autocommit INSERT of one ~200-byte row and a prepared
 * SELECT of a session's newest 20 rows. No pool, no checks, no session bookkeeping: what the
 * driver does when used plainly.
 */
@State(Scope.Thread)
public class RawSqlite {
    /** Rows in the table (one session) before measuring. */
    static final int PREFILL = 1000;

    /** SQLite's synchronous setting, as in {@link SqliteStore}. */
    @Param({"full", "normal"})
    public String sync;

    PreparedStatement insert;
    PreparedStatement selectTail;
    private Connection connection;
    private Path dir;
    private long seq;

    /**
     * Creates the database, its table and index, and 1,000 rows.
     *
     * @throws SQLException if SQLite fails
     */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        dir = DataDir.create("raw-sqlite");
        connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("raw.db"));
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=" + sync);
            statement.execute("CREATE TABLE messages (id INTEGER PRIMARY KEY, session_id TEXT NOT NULL,"
                    + " seq INTEGER NOT NULL, content TEXT NOT NULL)");
            statement.execute("CREATE UNIQUE INDEX messages_session_seq ON messages (session_id, seq)");
        }
        insert = connection.prepareStatement("INSERT INTO messages (session_id, seq, content) VALUES (?, ?, ?)");
        selectTail = connection.prepareStatement("SELECT seq, content FROM messages WHERE session_id = ?"
                + " ORDER BY seq DESC LIMIT 20");
        selectTail.setString(1, "raw");
        prefill();
    }

    private void prefill() throws SQLException {
        connection.setAutoCommit(false);
        for (int i = 0; i < PREFILL; i++) {
            bindNext();
            insert.executeUpdate();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    /**
     * Binds the next row's values to {@link #insert}.
     *
     * @throws SQLException if SQLite fails
     */
    void bindNext() throws SQLException {
        seq++;
        insert.setString(1, "raw");
        insert.setLong(2, seq);
        insert.setString(3, Payload.TEXT);
    }

    /**
     * Closes the connection and deletes the database.
     *
     * @throws SQLException if SQLite fails
     */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
        DataDir.delete(dir);
    }
}
