package dev.multichat.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One benchmark thread's own PgJDBC connection to {@link RawPostgres}'s server and its own session
 * rows: the raw baseline for several threads, each committing its own autocommit INSERTs (so the
 * server's group commit across connections is all there is to gain).
 */
@State(Scope.Thread)
public class RawPostgresThread {
    private Connection connection;
    private PreparedStatement insert;
    private PreparedStatement insertNotify;
    private String session;
    private long seq;

    /**
     * Connects and prepares the INSERT.
     *
     * @param raw the trial's server and table
     * @throws SQLException if the server fails
     */
    @Setup(Level.Trial)
    public void open(RawPostgres raw) throws SQLException {
        connection = raw.connect();
        insert = connection.prepareStatement(RawPostgres.INSERT);
        insertNotify = connection.prepareStatement(RawPostgres.INSERT_NOTIFY);
        session = "raw-" + UUID.randomUUID();
    }

    /**
     * @return rows inserted
     * @throws SQLException if the server fails
     */
    int insertOne() throws SQLException {
        return bindNext(insert).executeUpdate();
    }

    /**
     * @return whether the row came back
     * @throws SQLException if the server fails
     */
    boolean insertNotifyOne() throws SQLException {
        try (ResultSet rs = bindNext(insertNotify).executeQuery()) {
            return rs.next();
        }
    }

    private PreparedStatement bindNext(PreparedStatement statement) throws SQLException {
        seq++;
        statement.setString(1, session);
        statement.setLong(2, seq);
        statement.setString(3, Payload.TEXT);
        return statement;
    }

    /**
     * Closes the connection.
     *
     * @throws SQLException if the driver fails
     */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }
}
