package dev.multichat.postgres.internal.store;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Statements on the sessions table shared by the catalog's writes. */
final class SessionWrites {
    private static final String LIVE = "(expires_at IS NULL OR expires_at > ?)";
    /** Locks the row until the transaction ends. */
    private static final String LOCK = "SELECT " + Rows.SESSION + " FROM {s}.sessions"
            + " WHERE id = ? AND " + LIVE + " FOR UPDATE";
    private static final String DROP_MESSAGES = "DELETE FROM {s}.messages WHERE session_id = ?";

    private final PgStorage storage;
    private final String lock;
    private final String dropMessages;

    SessionWrites(PgStorage storage) {
        this.storage = storage;
        this.lock = storage.sql(LOCK);
        this.dropMessages = storage.sql(DROP_MESSAGES);
    }

    /**
     * Locks the session's row until the transaction ends.
     *
     * @return the live session, or null if it is missing or expired at {@code now}
     */
    ChatSession lockLive(Connection c, SessionId id, long now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(lock)) {
            st.setString(1, id.value());
            st.setLong(2, now);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? storage.rows().session(rs, 1) : null;
            }
        }
    }

    /** Deletes every message of a session whose row this transaction deleted. */
    void dropMessages(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(dropMessages)) {
            st.setString(1, id);
            st.executeUpdate();
        }
    }

    /** Binds title, metadata, ttl_ms, ttl_sliding and expires_at to parameters from {@code first}. */
    static void bindInfo(Connection c, PreparedStatement st, int first, SessionInfo info, Instant expires)
            throws SQLException {
        st.setString(first, info.title());
        st.setArray(first + 1, c.createArrayOf("text", TextArrays.flatten(info.metadata())));
        st.setLong(first + 2, info.ttl().duration().toMillis());
        st.setBoolean(first + 3, info.ttl().sliding());
        if (expires == null) {
            st.setNull(first + 4, Types.BIGINT);
        } else {
            st.setLong(first + 4, expires.toEpochMilli());
        }
    }
}
