package dev.multichat.postgres.internal.store;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionState;
import dev.multichat.api.Ttl;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads session and message rows. A row that cannot be read back as a model record fails with
 * {@link CorruptDataException} naming the server, schema, table and key.
 */
final class Rows {
    /** The session columns, in the order {@link #session} reads them from a given offset. */
    static final String SESSION = "id, owner, title, metadata, ttl_ms, ttl_sliding, created_at, updated_at,"
            + " expires_at, version, last_seq";
    /** The message columns, in the order {@link #message} reads them from a given offset. */
    static final String MESSAGE = "seq, at, msg_id, author, role, content, attributes";

    private final String where;

    /** @param where the server and schema, for messages */
    Rows(String where) {
        this.where = where;
    }

    /** Reads the 11 session columns starting at column {@code first}. */
    ChatSession session(ResultSet rs, int first) throws SQLException {
        String id = rs.getString(first);
        try {
            long ttlMs = rs.getLong(first + 4);
            Ttl ttl = ttlMs == 0 ? Ttl.NONE : new Ttl(Duration.ofMillis(ttlMs), rs.getBoolean(first + 5));
            SessionInfo info = new SessionInfo(rs.getString(first + 1), rs.getString(first + 2),
                    TextArrays.map(rs.getArray(first + 3)), ttl);
            long expires = rs.getLong(first + 8);
            Instant expiresAt = rs.wasNull() ? null : Instant.ofEpochMilli(expires);
            SessionState state = new SessionState(Instant.ofEpochMilli(rs.getLong(first + 6)),
                    Instant.ofEpochMilli(rs.getLong(first + 7)), expiresAt, rs.getLong(first + 9),
                    rs.getLong(first + 10));
            return new ChatSession(SessionId.of(id), info, state);
        } catch (RuntimeException e) {
            throw new CorruptDataException(where + ": table sessions, row id='" + id
                    + "' cannot be read (" + e.getMessage() + "); restore it from a backup or delete the"
                    + " session", e);
        }
    }

    /** Reads the 7 message columns starting at column {@code first}. */
    ChatMessage message(ResultSet rs, int first, SessionId session) throws SQLException {
        long seq = rs.getLong(first);
        try {
            MessageDraft draft = new MessageDraft(rs.getString(first + 2), rs.getString(first + 3),
                    Role.valueOf(rs.getString(first + 4)), rs.getString(first + 5),
                    TextArrays.map(rs.getArray(first + 6)));
            return new ChatMessage(seq, Instant.ofEpochMilli(rs.getLong(first + 1)), draft);
        } catch (RuntimeException e) {
            throw new CorruptDataException(where + ": table messages, row"
                    + " session_id='" + session + "' seq=" + seq + " cannot be read (" + e.getMessage()
                    + "); restore it from a backup or trim that message", e);
        }
    }
}
