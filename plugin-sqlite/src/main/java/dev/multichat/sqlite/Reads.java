package dev.multichat.sqlite;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageRange;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCursor;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads, on the pool's read-only connections, in parallel with each other and with the writer
 * (WAL readers never block and are never blocked). Expired sessions are filtered by the query
 * itself, so they vanish the moment they expire, before any sweep.
 */
final class Reads {
    private static final String COLUMNS = "id, owner, title, metadata, ttl_ms, ttl_sliding,"
            + " created_at, updated_at, expires_at, version, last_seq";
    private static final String FIND = """
            SELECT %s FROM sessions
            WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)""".formatted(COLUMNS);
    // "updated_at <= ?" lets SQLite seek sessions_by_owner to the cursor instead of scanning
    // the owner's newer sessions; the OR then drops the equal-time sessions already listed.
    private static final String LIST = """
            SELECT %s FROM sessions
            WHERE owner = ? AND (expires_at IS NULL OR expires_at > ?)
              AND updated_at <= ? AND (updated_at < ? OR id > ?)
            ORDER BY updated_at DESC, id ASC
            LIMIT ?""".formatted(COLUMNS);
    private static final String IS_LIVE = """
            SELECT 1 FROM sessions WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)""";
    private static final String TAIL = """
            SELECT seq, at, msg_id, author, role, content, attributes FROM messages
            WHERE session_id = ? ORDER BY seq DESC LIMIT ?""";
    private static final String AFTER = """
            SELECT seq, at, msg_id, author, role, content, attributes FROM messages
            WHERE session_id = ? AND seq > ? ORDER BY seq ASC LIMIT ?""";
    private static final String BEGIN = "BEGIN";
    private static final String COMMIT = "COMMIT";

    private final DataSource pool;
    private final Clock clock;
    private final RowMapping rows;
    private final SqlErrors errors;

    Reads(DataSource pool, Clock clock, RowMapping rows, SqlErrors errors) {
        this.pool = pool;
        this.clock = clock;
        this.rows = rows;
        this.errors = errors;
    }

    Optional<ChatSession> find(SessionId id) {
        try (Connection c = pool.getConnection(); PreparedStatement st = c.prepareStatement(FIND)) {
            st.setString(1, id.value());
            st.setLong(2, clock.millis());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rows.session(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw errors.map(e, "finding session '" + id + "'");
        }
    }

    Page<ChatSession> list(SessionQuery query) {
        SessionCursor from = query.position();
        try (Connection c = pool.getConnection(); PreparedStatement st = c.prepareStatement(LIST)) {
            st.setString(1, query.owner());
            st.setLong(2, clock.millis());
            long time = from == null ? Long.MAX_VALUE : from.updatedAt().toEpochMilli();
            st.setLong(3, time);
            st.setLong(4, time);
            st.setString(5, from == null ? "" : from.id().value());
            st.setInt(6, query.limit() + 1);
            List<ChatSession> items = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    items.add(rows.session(rs));
                }
            }
            if (items.size() <= query.limit()) {
                return new Page<>(items, null);
            }
            List<ChatSession> page = items.subList(0, query.limit());
            return new Page<>(page, SessionCursor.after(page.get(page.size() - 1)).encode());
        } catch (SQLException e) {
            throw errors.map(e, "listing the sessions of owner '" + query.owner() + "'");
        }
    }

    /** Reads the session check and the messages in one snapshot (a read transaction). */
    List<ChatMessage> read(SessionId id, MessageRange range) {
        try (Connection c = pool.getConnection(); Statement tx = c.createStatement()) {
            tx.execute(BEGIN);
            try {
                List<ChatMessage> messages = readInSnapshot(c, id, range);
                tx.execute(COMMIT);
                return messages;
            } catch (SQLException | RuntimeException e) {
                tx.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw errors.map(e, "reading messages of session '" + id + "'");
        }
    }

    private List<ChatMessage> readInSnapshot(Connection c, SessionId id, MessageRange range)
            throws SQLException {
        try (PreparedStatement live = c.prepareStatement(IS_LIVE)) {
            live.setString(1, id.value());
            live.setLong(2, clock.millis());
            try (ResultSet rs = live.executeQuery()) {
                if (!rs.next()) {
                    throw new SessionNotFoundException(id);
                }
            }
        }
        boolean tail = range.kind() == MessageRange.Kind.TAIL;
        try (PreparedStatement st = c.prepareStatement(tail ? TAIL : AFTER)) {
            st.setString(1, id.value());
            if (tail) {
                st.setInt(2, range.limit());
            } else {
                st.setLong(2, range.afterSeq());
                st.setLong(3, range.kind() == MessageRange.Kind.ALL ? -1 : range.limit());
            }
            List<ChatMessage> messages = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    messages.add(rows.message(rs, id));
                }
            }
            if (tail) {
                Collections.reverse(messages);
            }
            return messages;
        }
    }
}
