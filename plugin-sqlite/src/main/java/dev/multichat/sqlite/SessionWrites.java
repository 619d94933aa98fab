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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Session-level writes (create, update, delete), run by the {@link GroupCommit} writer. */
final class SessionWrites {
    private static final String FIND = """
            SELECT id, owner, title, metadata, ttl_ms, ttl_sliding, created_at, updated_at,
                   expires_at, version, last_seq
            FROM sessions WHERE id = ?""";
    private static final String INSERT = """
            INSERT INTO sessions (id, owner, title, metadata, ttl_ms, ttl_sliding, expires_at,
                                  created_at, updated_at, version, last_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0)""";
    private static final String DELETE = "DELETE FROM sessions WHERE id = ?";
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
            ChatSession session = rows.session(rs);
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
        insert.setString(1, spec.id().value());
        insert.setString(2, created.owner());
        bindInfo(insert, 3, created.info(), created.state().expiresAt());
        insert.setLong(8, now);
        insert.setLong(9, now);
        insert.executeUpdate();
        return created;
    }

    ChatSession update(StatementCache sql, long now, SessionId id, SessionPatch patch, Expect expect)
            throws SQLException {
        ChatSession current = loadLive(sql, id, now);
        SessionRules.checkVersion(id, expect, current.version());
        ChatSession updated = SessionRules.patched(current, patch, Instant.ofEpochMilli(now));
        PreparedStatement update = sql.get(UPDATE);
        bindInfo(update, 1, updated.info(), updated.state().expiresAt());
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

    /** Binds title, metadata, ttl_ms, ttl_sliding and expires_at to parameters from {@code first}. */
    private static void bindInfo(PreparedStatement st, int first, SessionInfo info, Instant expires)
            throws SQLException {
        int at = first;
        st.setString(at++, info.title());
        st.setString(at++, MapCodec.encode(info.metadata()));
        st.setLong(at++, info.ttl().duration().toMillis());
        st.setInt(at++, info.ttl().sliding() ? 1 : 0);
        if (expires == null) {
            st.setNull(at, Types.INTEGER);
        } else {
            st.setLong(at, expires.toEpochMilli());
        }
    }
}
