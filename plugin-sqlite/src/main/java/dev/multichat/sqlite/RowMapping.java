package dev.multichat.sqlite;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionState;
import dev.multichat.sqlite.Columns.Message;
import dev.multichat.sqlite.Columns.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads rows into model records, by the positions of {@link Columns}. A row that does not form
 * a valid record raises {@link CorruptDataException} naming the database, the table and the row.
 *
 * <p>What a read checks: every text is decoded as UTF-8 (malformed bytes become U+FFFD, never
 * an unpaired surrogate), the role must be one of {@link Role} (mapped by SQL, see
 * {@link Message#KIND}), an encoded map must parse ({@link MapCodec}), and the records'
 * constructors check the rest (lengths, ids, NUL characters). Nothing else is re-checked: what
 * the store wrote passed these rules on the way in, and SQLite reports a damaged page itself.
 */
final class RowMapping {
    private static final Role[] ROLES = Role.values();

    private final Path path;

    RowMapping(Path path) {
        this.path = path;
    }

    /**
     * @param rs a row of {@link Session#LIST}
     * @param known the session's id if the statement selected by it (not read again), else null
     * @param decoded the reading connection's recently decoded records
     * @return the session
     */
    ChatSession session(ResultSet rs, SessionId known, DecodedMessages decoded) throws SQLException {
        String id = known == null ? text(rs, Session.ID.at()) : known.value();
        try {
            return decode(rs, known == null ? SessionId.of(id) : known, decoded);
        } catch (RuntimeException e) {
            throw new CorruptDataException("sqlite database " + path + ": table sessions, row id='"
                    + id + "' cannot be read (" + e.getMessage() + "); restore the database from a"
                    + " backup or delete that session", e);
        }
    }

    private static ChatSession decode(ResultSet rs, SessionId id, DecodedMessages decoded) throws SQLException {
        RawInfo raw = RawInfo.read(rs);
        SessionInfo info = decoded.find(id, raw);
        if (info == null) {
            info = raw.decode();
            decoded.keep(id, raw, info);
        }
        long expires = rs.getLong(Session.EXPIRES_AT.at());
        Instant expiresAt = rs.wasNull() ? null : Instant.ofEpochMilli(expires);
        SessionState state = new SessionState(Instant.ofEpochMilli(rs.getLong(Session.CREATED_AT.at())),
                Instant.ofEpochMilli(rs.getLong(Session.UPDATED_AT.at())), expiresAt,
                rs.getLong(Session.VERSION.at()), rs.getLong(Session.LAST_SEQ.at()));
        return new ChatSession(id, info, state);
    }

    /**
     * @param rs a row of {@link Message#LIST}
     * @param session the session it belongs to
     * @param decoded the reading connection's recently decoded messages
     * @return the message
     */
    ChatMessage message(ResultSet rs, SessionId session, DecodedMessages decoded) throws SQLException {
        RawMessage raw = RawMessage.read(rs, rs.getLong(Message.SEQ.at()));
        ChatMessage kept = decoded.find(session, raw);
        if (kept != null) {
            return kept;
        }
        ChatMessage message = decode(raw, session);
        decoded.keep(session, raw, message);
        return message;
    }

    /** @return the record the raw values form; the record constructors check them */
    ChatMessage decode(RawMessage raw, SessionId session) {
        try {
            int role = raw.kind() & Columns.ROLE_MASK;
            if (role >= ROLES.length) {
                throw new IllegalArgumentException("its role is none of " + Arrays.toString(ROLES));
            }
            byte[][] texts = raw.texts();
            Map<String, String> attributes = texts[RawMessage.ATTRIBUTES] == null ? Map.of()
                    : MapCodec.decode(utf8(texts[RawMessage.ATTRIBUTES]));
            MessageDraft draft = new MessageDraft(utf8(texts[RawMessage.MSG_ID]), utf8(texts[RawMessage.AUTHOR]),
                    ROLES[role], utf8(texts[RawMessage.CONTENT]), attributes);
            return new ChatMessage(raw.seq(), Instant.ofEpochMilli(raw.at()), draft);
        } catch (RuntimeException e) {
            throw new CorruptDataException("sqlite database " + path + ": table messages, row"
                    + " session_id='" + session + "' seq=" + raw.seq() + " cannot be read (" + e.getMessage()
                    + "); restore the database from a backup or trim that message", e);
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
        return utf8(rs.getBytes(column));
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
