package dev.multichat.sqlite;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionExistsException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionPatch;
import dev.multichat.spi.SessionRules;
import dev.multichat.sqlite.Columns.Session;
import dev.multichat.sqlite.internal.commit.GroupCommit;
import dev.multichat.sqlite.internal.sql.StatementCache;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Session-level writes (create, update, delete), run by the {@link GroupCommit} writer. */
final class SessionWrites {
    private static final String FIND = "SELECT " + Columns.Session.LIST + " FROM sessions WHERE id = ?";
    private static final String INSERT = "INSERT INTO sessions (" + Columns.Session.LIST + ") VALUES ("
            + "?, ".repeat(Columns.Session.values().length - 1) + "?)";
    private static final String DELETE = "DELETE FROM sessions WHERE id = ?";
    /** {@link #UPDATE}'s parameters 1 to 4 are {@link Session#TITLE} to {@link Session#TTL_SLIDING}. */
    private static final int UPDATE_SHIFT = Session.TITLE.at() - 1;
    private static final String DELETE_LIVE = """
            DELETE FROM sessions WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)""";
    private static final String UPDATE = """
            UPDATE sessions
            SET title = ?, metadata = ?, ttl_ms = ?, ttl_sliding = ?, expires_at = ?,
                updated_at = ?, version = version + 1
            WHERE id = ?""";

    private final RowMapping rows;

    SessionWrites(RowMapping rows) {
        this.rows = rows;
    }

    /**
     * @return the session if it exists and has not expired at {@code now}
     * @throws SessionNotFoundException otherwise
     */
    ChatSession loadLive(StatementCache sql, SessionId id, long now) throws SQLException {
        ChatSession session = findLive(sql, id, now);
        if (session == null) {
            throw new SessionNotFoundException(id);
        }
        return session;
    }

    private ChatSession findLive(StatementCache sql, SessionId id, long now) throws SQLException {
        PreparedStatement find = sql.get(FIND);
        find.setString(1, id.value());
        try (ResultSet rs = find.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            ChatSession session = rows.session(rs, id, DecodedMessages.of(sql));
            return session.state().expiredAt(Instant.ofEpochMilli(now)) ? null : session;
        }
    }

    ChatSession create(StatementCache sql, long now, NewSession spec) throws SQLException {
        if (findLive(sql, spec.id(), now) != null) {
            throw new SessionExistsException(spec.id());
        }
        PreparedStatement delete = sql.get(DELETE);
        delete.setString(1, spec.id().value());
        delete.executeUpdate();
        ChatSession created = SessionRules.created(spec, Instant.ofEpochMilli(now));
        PreparedStatement insert = sql.get(INSERT);
        insert.setString(Session.ID.at(), spec.id().value());
        insert.setString(Session.OWNER.at(), created.owner());
        bindInfo(insert, 0, created.info());
        insert.setLong(Session.CREATED_AT.at(), now);
        insert.setLong(Session.UPDATED_AT.at(), now);
        bindExpiry(insert, Session.EXPIRES_AT.at(), created.state().expiresAt());
        insert.setLong(Session.VERSION.at(), created.version());
        insert.setLong(Session.LAST_SEQ.at(), created.lastSeq());
        insert.executeUpdate();
        return created;
    }

    ChatSession update(StatementCache sql, long now, SessionId id, SessionPatch patch, Expect expect)
            throws SQLException {
        ChatSession current = loadLive(sql, id, now);
        SessionRules.checkVersion(id, expect, current.version());
        ChatSession updated = SessionRules.patched(current, patch, Instant.ofEpochMilli(now));
        PreparedStatement update = sql.get(UPDATE);
        bindInfo(update, UPDATE_SHIFT, updated.info());
        bindExpiry(update, 5, updated.state().expiresAt());
        update.setLong(6, now);
        update.setString(7, id.value());
        update.executeUpdate();
        return updated;
    }

    boolean delete(StatementCache sql, long now, SessionId id) throws SQLException {
        PreparedStatement delete = sql.get(DELETE_LIVE);
        delete.setString(1, id.value());
        delete.setLong(2, now);
        return delete.executeUpdate() > 0;
    }

    /**
     * Binds title, metadata, ttl_ms and ttl_sliding at their {@link Session} positions less
     * {@code shift} (an INSERT lists every column; {@link #UPDATE} sets these first).
     */
    private static void bindInfo(PreparedStatement st, int shift, SessionInfo info) throws SQLException {
        st.setString(Session.TITLE.at() - shift, info.title());
        st.setString(Session.METADATA.at() - shift, MapCodec.encode(info.metadata()));
        st.setLong(Session.TTL_MS.at() - shift, info.ttl().duration().toMillis());
        st.setInt(Session.TTL_SLIDING.at() - shift, info.ttl().sliding() ? 1 : 0);
    }

    private static void bindExpiry(PreparedStatement st, int index, Instant expires) throws SQLException {
        if (expires == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setLong(index, expires.toEpochMilli());
        }
    }
}
