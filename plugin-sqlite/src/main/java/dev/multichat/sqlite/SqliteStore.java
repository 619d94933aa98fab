package dev.multichat.sqlite;

import com.zaxxer.hikari.HikariDataSource;
import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreHealth;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SessionStore} on one SQLite file: one group-committing writer connection, a pool of
 * read-only connections and an expiry sweeper. Thread-safe; several processes may open the
 * same file at once (WAL mode, {@code BEGIN IMMEDIATE}, busy timeout).
 */
final class SqliteStore extends SqliteCatalog implements SessionStore {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteStore.class);

    private final MessageWrites messages;
    private final HikariDataSource pool;
    private final Sweeper sweeper;
    private final Map<String, String> details;

    SqliteStore(Parts parts, SqliteSettings settings) {
        super(parts.writer(), parts.reads(), parts.sessions());
        this.messages = parts.messages();
        this.pool = parts.pool();
        this.sweeper = new Sweeper(parts.writer(), settings.sweep());
        this.details = Map.of("path", settings.path().toString(), "synchronous",
                settings.synchronous().name().toLowerCase(Locale.ROOT), "pool",
                Integer.toString(settings.pool()), "busy_timeout", settings.busyTimeout().toMillis() + "ms");
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        return writer.submit((sql, now) -> messages.append(sql, now, id, drafts, expect),
                "appending to session '" + id + "'");
    }

    @Override
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        return reads.read(id, range);
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        return writer.submit((sql, now) -> messages.trim(sql, now, id, throughSeq),
                "trimming session '" + id + "'");
    }

    /** Deletes expired data now (the sweeper does so periodically). @return rows deleted */
    long sweep() {
        return sweeper.sweep();
    }

    @Override
    public StoreHealth health() {
        try (Connection probe = pool.getConnection()) {
            return new StoreHealth(StoreHealth.Status.UP, "sqlite database open in WAL mode", details);
        } catch (SQLException e) {
            return new StoreHealth(StoreHealth.Status.DOWN, "no read connection to the sqlite database: "
                    + e.getMessage(), details);
        }
    }

    /**
     * Closes the store promptly. First the writer is marked closed: queued writes and calls made
     * from now on fail with {@link dev.multichat.api.StoreClosedException}. Then, in turn: the
     * sweeper's thread, which stops at its next batch (waited for at most a second); the reader
     * pool, which aborts reads still holding a connection (they fail with
     * {@code StoreClosedException}); and the writer, which waits for the write transaction in
     * progress, if any (at most {@code busy_timeout} for SQLite's lock plus its commit, so what it
     * acknowledges is committed). The writer's connection closes last: as the last connection of
     * this process it checkpoints the WAL into the database file.
     */
    @Override
    public void close() {
        writer.closing();
        sweeper.close();
        pool.close();
        try {
            writer.close();
        } catch (SQLException e) {
            LOG.warn("closing the sqlite writer connection failed; committed data is unaffected", e);
        }
    }

    /** The parts a store is built from, opened by {@link SqliteStoreProvider}. */
    record Parts(GroupCommit writer, Reads reads, SessionWrites sessions, MessageWrites messages,
                 HikariDataSource pool) {
    }
}
