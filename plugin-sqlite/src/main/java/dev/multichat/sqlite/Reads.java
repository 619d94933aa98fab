package dev.multichat.sqlite;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageRange;
import dev.multichat.api.Page;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionQuery;
import dev.multichat.spi.Pages;
import dev.multichat.spi.SessionCursor;
import dev.multichat.sqlite.internal.sql.SqlErrors;
import dev.multichat.sqlite.internal.sql.StatementCache;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Reads, on the pool's read-only connections with their cached prepared statements, in parallel with each other and
 * with the writer
 * (WAL readers never block and are never blocked). Expired sessions are filtered by the query
 * itself, so they vanish the moment they expire, before any sweep.
 */
final class Reads {
    private static final String FIND = """
            SELECT %s FROM sessions
            WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)""".formatted(Columns.Session.LIST);
    // "updated_at <= ?" lets SQLite seek sessions_by_owner to the cursor instead of scanning
    // the owner's newer sessions; the OR then drops the equal-time sessions already listed.
    // Every LIMIT is an expression ("? + 0"), never a bare parameter: SQLite's planner reads a
    // bare LIMIT parameter's value, so each new binding (every execution) expired the prepared
    // statement and it was compiled again, which doubled a tail(20)'s query time.
    private static final String LIST = """
            SELECT %s FROM sessions
            WHERE owner = ? AND (expires_at IS NULL OR expires_at > ?)
              AND updated_at <= ? AND (updated_at < ? OR id > ?)
            ORDER BY updated_at DESC, id ASC
            LIMIT ? + 0""".formatted(Columns.Session.LIST);
    // One statement, so one snapshot: the session row (absent if missing or expired: no row at
    // all) left-joined to the messages wanted, seeking the (session_id, seq) key from the end
    // for a tail. A live session with no message in range gives one row of NULLs.
    private static final String MESSAGES = """
            SELECT %s
            FROM sessions s LEFT JOIN messages m ON m.session_id = s.id %%s
            WHERE s.id = ?1 AND (s.expires_at IS NULL OR s.expires_at > ?2)
            ORDER BY m.seq %%s LIMIT ?3 + 0""".formatted(Columns.Message.LIST);
    private static final String TAIL = MESSAGES.formatted("", "DESC");
    private static final String AFTER = MESSAGES.formatted("AND m.seq > ?4", "ASC");

    private final ReaderStatements pool;
    private final Clock clock;
    private final RowMapping rows;
    private final SqlErrors errors;

    Reads(ReaderStatements pool, Clock clock, RowMapping rows, SqlErrors errors) {
        this.pool = pool;
        this.clock = clock;
        this.rows = rows;
        this.errors = errors;
    }

    Optional<ChatSession> find(SessionId id) {
        try {
            return pool.with(sql -> {
                PreparedStatement st = sql.get(FIND);
                st.setString(1, id.value());
                st.setLong(2, clock.millis());
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rows.session(rs, id, DecodedMessages.of(sql))) : Optional.empty();
                }
            });
        } catch (SQLException e) {
            throw errors.map(e, "finding session '" + id + "'");
        }
    }

    Page<ChatSession> list(SessionQuery query) {
        try {
            return pool.with(sql -> page(sql, query));
        } catch (SQLException e) {
            throw errors.map(e, "listing the sessions of owner '" + query.owner() + "'");
        }
    }

    private Page<ChatSession> page(StatementCache sql, SessionQuery query) throws SQLException {
        PreparedStatement st = sql.get(LIST);
        SessionCursor from = SessionCursor.of(query);
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
                items.add(rows.session(rs, null, DecodedMessages.of(sql)));
            }
        }
        return Pages.fromRows(items, query);
    }

    /**
     * Reads the messages in one statement (one snapshot): the session's liveness and its
     * messages cannot disagree.
     */
    List<ChatMessage> read(SessionId id, MessageRange range) {
        try {
            return pool.with(sql -> messages(sql, id, range));
        } catch (SQLException e) {
            throw errors.map(e, "reading messages of session '" + id + "'");
        }
    }

    private List<ChatMessage> messages(StatementCache sql, SessionId id, MessageRange range)
            throws SQLException {
        boolean tail = range.kind() == MessageRange.Kind.TAIL;
        PreparedStatement st = sql.get(tail ? TAIL : AFTER);
        st.setString(1, id.value());
        st.setLong(2, clock.millis());
        st.setLong(3, range.kind() == MessageRange.Kind.ALL ? -1 : range.limit());
        if (!tail) {
            st.setLong(4, range.afterSeq());
        }
        List<ChatMessage> messages = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                throw new SessionNotFoundException(id);
            }
            rs.getLong(1);
            if (rs.wasNull()) {
                return messages;
            }
            do {
                messages.add(rows.message(rs, id, DecodedMessages.of(sql)));
            } while (rs.next());
        }
        if (tail) {
            Collections.reverse(messages);
        }
        return messages;
    }
}
