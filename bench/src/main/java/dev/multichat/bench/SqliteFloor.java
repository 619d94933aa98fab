package dev.multichat.bench;

import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sqlite.SQLiteConfig;

/**
 * The floor under our append: the statements our SQLite store runs for an append of one message
 * without a message id ({@code BEGIN IMMEDIATE}, the session row's SELECT, the message INSERT,
 * the session row UPDATE, {@code COMMIT}), written plainly on one sqlite-jdbc connection to a
 * database our store created (so the same schema and indexes), at the same {@code synchronous}
 * setting. No validation, no records, no queue: a store append can only be slower. Against the
 * store it shows what our code adds; against the raw insert, what the schema's required work
 * (the session row, the listing and expiry indexes) costs whoever runs it.
 *
 * <p>The SQL text is the store's ({@code SessionWrites.FIND}, {@code MessageWrites.INSERT} and
 * {@code TOUCH} in plugin-sqlite), copied because those are private; {@code SqliteFloorSqlTest}
 * fails when they part.
 */
@State(Scope.Thread)
public class SqliteFloor {
    /** Sessions, each with a history of 1,000 messages: one per thread of the 8-thread figure. */
    static final int SESSIONS = 8;

    private static final int HISTORY = 1000;
    static final String FIND = "SELECT id, owner, title, metadata, ttl_ms, ttl_sliding, created_at, updated_at,"
            + " expires_at, version, last_seq FROM sessions WHERE id = ?";
    static final String INSERT = "INSERT INTO messages (session_id, seq, at, author, content, msg_id, attributes,"
            + " role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String TOUCH = """
            UPDATE sessions
            SET last_seq = ?, updated_at = ?, expires_at = ?, version = version + 1
            WHERE id = ?""";

    /** SQLite's synchronous setting, as in {@link SqliteStore}. */
    @Param({"full", "normal"})
    public String sync;

    private final String[] ids = new String[SESSIONS];
    private Connection connection;
    private PreparedStatement begin;
    private PreparedStatement find;
    private PreparedStatement insert;
    private PreparedStatement touch;
    private PreparedStatement commit;
    private Path dir;

    /**
     * Lets our store create the database and the sessions, closes it, and opens the plain
     * connection with the statements prepared.
     *
     * @throws SQLException if SQLite fails
     */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        dir = DataDir.create("sqlite-floor");
        Path file = dir.resolve("floor.db");
        try (SessionStore store = SessionStores.open("sqlite:" + file + "?synchronous=" + sync)) {
            for (int i = 0; i < SESSIONS; i++) {
                ids[i] = History.create(store, HISTORY).value();
            }
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.valueOf(sync.toUpperCase(java.util.Locale.ROOT)));
        config.enforceForeignKeys(true);
        config.setGetGeneratedKeys(false);
        connection = config.createConnection("jdbc:sqlite:" + file);
        begin = connection.prepareStatement("BEGIN IMMEDIATE");
        find = connection.prepareStatement(FIND);
        insert = connection.prepareStatement(INSERT);
        touch = connection.prepareStatement(TOUCH);
        commit = connection.prepareStatement("COMMIT");
    }

    /**
     * Appends one message to a session, as the store's writer does inside its transaction.
     *
     * @param session which of the {@link #SESSIONS} sessions
     * @return the message's seq
     * @throws SQLException if SQLite fails
     */
    long append(int session) throws SQLException {
        String id = ids[session];
        find.setString(1, id);
        long seq;
        try (ResultSet row = find.executeQuery()) {
            row.next();
            seq = row.getLong(11) + 1;
            for (int column = 1; column <= 10; column++) {
                row.getObject(column);
            }
        }
        long now = System.currentTimeMillis();
        insert.setString(1, id);
        insert.setLong(2, seq);
        insert.setLong(3, now);
        insert.setString(4, Payload.DRAFT.author());
        insert.setString(5, Payload.TEXT);
        insert.setNull(6, Types.VARCHAR);
        insert.setString(7, "");
        insert.setString(8, Payload.DRAFT.role().name());
        insert.executeUpdate();
        touch.setLong(1, seq);
        touch.setLong(2, now);
        touch.setNull(3, Types.INTEGER);
        touch.setString(4, id);
        touch.executeUpdate();
        return seq;
    }

    /**
     * Starts the write transaction.
     *
     * @throws SQLException if SQLite fails
     */
    void begin() throws SQLException {
        begin.execute();
    }

    /**
     * Commits: durable at the {@code synchronous} setting when it returns.
     *
     * @throws SQLException if SQLite fails
     */
    void commit() throws SQLException {
        commit.execute();
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
