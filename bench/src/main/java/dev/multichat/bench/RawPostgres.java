package dev.multichat.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
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
 * The raw baseline: one PgJDBC connection to a server started like {@link PostgresStore}'s, a
 * table keyed by {@code (session_id, seq)}, a prepared autocommit INSERT of one ~200-byte row.
 * No pool, no checks, no session bookkeeping.
 */
@State(Scope.Benchmark)
public class RawPostgres {
    /** Rows in the table (one session) before measuring. */
    static final int PREFILL = 1000;
    /** The one statement measured. */
    static final String INSERT = "INSERT INTO messages (session_id, seq, content) VALUES (?, ?, ?)";
    /**
     * The same INSERT queuing a notification in its transaction, as a store that notifies inside
     * its writes would: PostgreSQL serialises the commits of notifying transactions.
     */
    static final String INSERT_NOTIFY = INSERT + " RETURNING pg_notify('raw', session_id)";

    /** The server's synchronous_commit, as in {@link PostgresStore}. */
    @Param({"on", "off"})
    public String sync;

    PreparedStatement insert;
    PreparedStatement insertNotify;
    private EmbeddedPostgres server;
    private Connection connection;
    private Path dir;
    private long seq;

    /**
     * Starts the server, creates the table and 1,000 rows.
     *
     * @throws SQLException if the server fails
     */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        dir = DataDir.create("raw-postgres");
        server = PgServer.start(dir, sync);
        connection = server.getPostgresDatabase().getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE messages (session_id text NOT NULL, seq bigint NOT NULL,"
                    + " content text NOT NULL, PRIMARY KEY (session_id, seq))");
        }
        insert = connection.prepareStatement(INSERT);
        insertNotify = connection.prepareStatement(INSERT_NOTIFY);
        connection.setAutoCommit(false);
        for (int i = 0; i < PREFILL; i++) {
            bindNext(insert);
            insert.executeUpdate();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    /**
     * Binds the next row's values to {@link #insert} or {@link #insertNotify}.
     *
     * @param statement the statement to bind
     * @return {@code statement}
     * @throws SQLException if the driver fails
     */
    PreparedStatement bindNext(PreparedStatement statement) throws SQLException {
        seq++;
        statement.setString(1, "raw");
        statement.setLong(2, seq);
        statement.setString(3, Payload.TEXT);
        return statement;
    }

    /**
     * @return a new connection to the trial's server, for a thread of its own
     * @throws SQLException if the server refuses it
     */
    Connection connect() throws SQLException {
        return server.getPostgresDatabase().getConnection();
    }

    /**
     * Closes the connection, stops the server and deletes its data.
     *
     * @throws SQLException if the driver fails
     */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
        PgServer.stop(server);
        DataDir.delete(dir);
    }
}
