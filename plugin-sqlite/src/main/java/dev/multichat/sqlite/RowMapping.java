package dev.multichat.sqlite;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionState;
import dev.multichat.api.Ttl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads rows into model records. The column order is fixed by the SELECT lists of {@link Reads},
 * {@link SessionWrites} and {@link MessageWrites}. A row that does not form a valid record raises
 * {@link CorruptDataException} naming the database, the table and the row.
 */
final class RowMapping {
    private final Path path;

    RowMapping(Path path) {
        this.path = path;
    }

    ChatSession session(ResultSet rs) throws SQLException {
        String id = text(rs, 1);
        try {
            long ttlMs = rs.getLong(5);
            Ttl ttl = ttlMs == 0 ? Ttl.NONE : new Ttl(Duration.ofMillis(ttlMs), rs.getInt(6) != 0);
            SessionInfo info = new SessionInfo(text(rs, 2), text(rs, 3), MapCodec.decode(text(rs, 4)), ttl);
            long expires = rs.getLong(9);
            Instant expiresAt = rs.wasNull() ? null : Instant.ofEpochMilli(expires);
            SessionState state = new SessionState(Instant.ofEpochMilli(rs.getLong(7)),
                    Instant.ofEpochMilli(rs.getLong(8)), expiresAt, rs.getLong(10), rs.getLong(11));
            return new ChatSession(SessionId.of(id), info, state);
        } catch (RuntimeException e) {
            throw new CorruptDataException("sqlite database " + path + ": table sessions, row id='"
                    + id + "' cannot be read (" + e.getMessage() + "); restore the database from a"
                    + " backup or delete that session", e);
        }
    }

    /**
     * Reads a text column as {@link ResultSet#getString} would, but through its UTF-8 bytes:
     * sqlite-jdbc's getString hands each value over in a new direct buffer, which costs more
     * than the copy into a byte array (about 15% of a tail(20) of short messages).
     *
     * @return the column's text, or null for SQL NULL
     */
    private static String text(ResultSet rs, int column) throws SQLException {
        byte[] utf8 = rs.getBytes(column);
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }

    ChatMessage message(ResultSet rs, SessionId session) throws SQLException {
        long seq = rs.getLong(1);
        try {
            MessageDraft draft = new MessageDraft(text(rs, 3), text(rs, 4),
                    Role.valueOf(text(rs, 5)), text(rs, 6), MapCodec.decode(text(rs, 7)));
            return new ChatMessage(seq, Instant.ofEpochMilli(rs.getLong(2)), draft);
        } catch (RuntimeException e) {
            throw new CorruptDataException("sqlite database " + path + ": table messages, row"
                    + " session_id='" + session + "' seq=" + seq + " cannot be read (" + e.getMessage()
                    + "); restore the database from a backup or trim that message", e);
        }
    }
}
