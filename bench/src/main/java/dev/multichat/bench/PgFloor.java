package dev.multichat.bench;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Where the floor of a correct append lies on our schema: the least any multi-instance-safe
 * append must do (move the session row on under its lock, insert the message, commit), written
 * plainly on one PgJDBC connection, as one transaction of two prepared statements, against
 * tables our store created (same schema and indexes), on a server started like
 * {@link PostgresStore}'s. No id or version check, no expiry, no pool, no mapping. The session
 * starts every iteration with {@code history} messages, as the store's sessions do (trimmed back
 * by a plain DELETE of the oldest), so the floor at 100,000 vs 1,000 shows what the schema's
 * growth costs any append.
 */
@State(Scope.Benchmark)
public class PgFloor {
    /** The server's synchronous_commit, as in {@link PostgresStore}. */
    @Param({"on", "off"})
    public String sync;

    /** Messages in the session at the start of every iteration. */
    @Param({"1000"})
    public int history;

    private EmbeddedPostgres server;
    private Connection connection;
    private PreparedStatement touch;
    private PreparedStatement insert;
    private PreparedStatement trim;
    private Path dir;

    /**
     * Starts the server, lets our store create its schema and one session with {@code history}
     * messages, then prepares the plain statements.
     *
     * @throws SQLException if the server fails
     */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        dir = DataDir.create("pg-floor");
        server = PgServer.start(dir, sync);
        String id;
        try (SessionStore store = SessionStores.open(PgServer.uri(server))) {
            id = History.create(store, history).value();
        }
        connection = server.getPostgresDatabase().getConnection();
        connection.setAutoCommit(false);
        touch = connection.prepareStatement("UPDATE multichat.sessions SET last_seq = last_seq + 1,"
                + " version = version + 1, updated_at = ? WHERE id = '" + id + "' RETURNING last_seq");
        insert = connection.prepareStatement("INSERT INTO multichat.messages (session_id, seq, author, role,"
                + " content, attributes, at) VALUES ('" + id + "', ?, 'bench', 'USER', ?, '{}', ?)");
        trim = connection.prepareStatement("DELETE FROM multichat.messages WHERE session_id = '" + id + "' AND seq"
                + " <= (SELECT last_seq FROM multichat.sessions WHERE id = '" + id + "') - ?");
    }

    /**
     * Deletes the oldest messages beyond {@code history}, as the store's benchmarks trim theirs.
     *
     * @throws SQLException if the server fails
     */
    @Setup(Level.Iteration)
    public void trim() throws SQLException {
        trim.setLong(1, history);
        trim.executeUpdate();
        connection.commit();
    }

    /**
     * One append, plainly: the session row moved on under its lock, the message inserted, commit.
     *
     * @return the message's seq
     * @throws SQLException if the server fails
     */
    long append() throws SQLException {
        long now = System.currentTimeMillis();
        touch.setLong(1, now);
        long seq;
        try (ResultSet rs = touch.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
        }
        insert.setLong(1, seq);
        insert.setString(2, Payload.TEXT);
        insert.setLong(3, now);
        insert.executeUpdate();
        connection.commit();
        return seq;
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
