package dev.multichat.postgres.internal.store;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Message reads. A range is one statement, so one snapshot: the live session's row joined
 * laterally to the wanted messages, seeking the {@code (session_id, seq)} key (from the end for
 * a tail), so a read costs the same at any history. No row means no live session.
 */
final class MessageReads {
    private static final String RANGE = """
            SELECT m.seq, m.at, m.msg_id, m.author, m.role, m.content, m.attributes
            FROM {s}.sessions s LEFT JOIN LATERAL (
                SELECT %s FROM {s}.messages
                WHERE session_id = s.id AND seq > ? ORDER BY seq %s LIMIT ?) m ON true
            WHERE s.id = ? AND (s.expires_at IS NULL OR s.expires_at > ?)""";
    private static final String BY_IDS = "SELECT " + Rows.MESSAGE + " FROM {s}.messages"
            + " WHERE session_id = ? AND msg_id = ANY(?) ORDER BY seq";

    private final PgStorage storage;
    private final SessionReads sessions;
    private final String tail;
    private final String forward;
    private final String byIds;

    MessageReads(PgStorage storage) {
        this.storage = storage;
        this.sessions = new SessionReads(storage);
        this.tail = storage.sql(RANGE.formatted(Rows.MESSAGE, "DESC"));
        this.forward = storage.sql(RANGE.formatted(Rows.MESSAGE, "ASC"));
        this.byIds = storage.sql(BY_IDS);
    }

    List<ChatMessage> read(SessionId id, MessageRange range) {
        long now = storage.now();
        boolean isTail = range.kind() == MessageRange.Kind.TAIL;
        long limit = range.kind() == MessageRange.Kind.ALL ? Long.MAX_VALUE : range.limit();
        List<ChatMessage> found = storage.call("reading session '" + id + "'", c -> {
            try (PreparedStatement st = c.prepareStatement(isTail ? tail : forward)) {
                st.setLong(1, range.afterSeq());
                st.setLong(2, limit);
                st.setString(3, id.value());
                st.setLong(4, now);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new SessionNotFoundException(id);
                    }
                    List<ChatMessage> messages = new ArrayList<>();
                    do {
                        rs.getLong(1);
                        if (!rs.wasNull()) {
                            messages.add(storage.rows().message(rs, 1, id));
                        }
                    } while (rs.next());
                    return messages;
                }
            }
        });
        if (isTail) {
            Collections.reverse(found);
        }
        return found;
    }

    /** @return the live session, as it stands */
    ChatSession session(SessionId id) {
        return sessions.find(id).orElseThrow(() -> new SessionNotFoundException(id));
    }

    /** @return the stored messages whose ids some draft carries, in seq order */
    List<ChatMessage> byIds(SessionId id, List<MessageDraft> drafts) {
        String[] ids = drafts.stream().map(MessageDraft::id).toArray(String[]::new);
        return storage.call("reading stored messages of session '" + id + "'", c -> {
            try (PreparedStatement st = c.prepareStatement(byIds)) {
                st.setString(1, id.value());
                st.setArray(2, c.createArrayOf("text", ids));
                List<ChatMessage> stored = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        stored.add(storage.rows().message(rs, 1, id));
                    }
                }
                return stored;
            }
        });
    }
}
