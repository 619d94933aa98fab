package dev.multichat.sqlite;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionState;
import dev.multichat.spi.ReplayDecision;
import dev.multichat.spi.SessionRules;
import dev.multichat.sqlite.internal.sql.StatementCache;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Message writes (append, trim), run by the
 * {@link dev.multichat.sqlite.internal.commit.GroupCommit} writer. An append reads the session
 * row, checks idempotency and the version, inserts the drafts with seqs after the row's
 * {@code last_seq} and updates the row: a handful of index seeks, whatever the history.
 */
final class MessageWrites {
    private static final String FIND_BY_MSG_ID = "SELECT " + Columns.Message.LIST
            + " FROM messages m WHERE m.session_id = ? AND m.msg_id = ?";
    private static final String INSERT = "INSERT INTO messages (" + Columns.Message.INSERT + ") VALUES ("
            + "?, ".repeat(Columns.Message.INSERT.split(",").length - 1) + "?)";
    private static final String TOUCH = """
            UPDATE sessions
            SET last_seq = ?, updated_at = ?, expires_at = ?, version = version + 1
            WHERE id = ?""";
    private static final String TRIM = "DELETE FROM messages WHERE session_id = ? AND seq <= ?";

    private final SessionWrites sessions;
    private final RowMapping rows;

    MessageWrites(SessionWrites sessions, RowMapping rows) {
        this.sessions = sessions;
        this.rows = rows;
    }

    Appended append(StatementCache sql, long now, SessionId id, List<MessageDraft> drafts, Expect expect)
            throws SQLException {
        ChatSession session = sessions.loadLive(sql, id, now);
        List<ChatMessage> stored = storedById(sql, id, drafts);
        List<String> storedIds = stored.isEmpty() ? List.of() : stored.stream().map(m -> m.draft().id()).toList();
        if (ReplayDecision.decide(id, drafts.size(), storedIds) == ReplayDecision.REPLAY) {
            return new Appended(session, stored, true);
        }
        SessionRules.checkVersion(id, expect, session.version());
        Instant at = Instant.ofEpochMilli(now);
        long seq = session.lastSeq();
        List<ChatMessage> messages = new ArrayList<>(drafts.size());
        PreparedStatement insert = sql.get(INSERT);
        for (MessageDraft draft : drafts) {
            seq++;
            // the order of Columns.Message.INSERT
            insert.setString(1, id.value());
            insert.setLong(2, seq);
            insert.setLong(3, now);
            insert.setString(4, draft.author());
            insert.setString(5, draft.content());
            insert.setString(6, draft.id());
            insert.setString(7, MapCodec.encode(draft.attributes()));
            insert.setString(8, draft.role().name());
            insert.executeUpdate();
            messages.add(new ChatMessage(seq, at, draft));
        }
        ChatSession after = touch(sql, SessionRules.written(session, at, drafts.size()));
        return new Appended(after, messages, false);
    }

    long trim(StatementCache sql, long now, SessionId id, long throughSeq) throws SQLException {
        ChatSession session = sessions.loadLive(sql, id, now);
        PreparedStatement trim = sql.get(TRIM);
        trim.setString(1, id.value());
        trim.setLong(2, Math.min(throughSeq, session.lastSeq()));
        long removed = trim.executeUpdate();
        if (removed > 0) {
            touch(sql, SessionRules.written(session, Instant.ofEpochMilli(now), 0));
        }
        return removed;
    }

    /** Stores the session row's state after a write ({@link SessionRules#written}). */
    private static ChatSession touch(StatementCache sql, ChatSession after) throws SQLException {
        SessionState state = after.state();
        PreparedStatement touch = sql.get(TOUCH);
        touch.setLong(1, state.lastSeq());
        touch.setLong(2, state.updatedAt().toEpochMilli());
        if (state.expiresAt() == null) {
            touch.setNull(3, Types.INTEGER);
        } else {
            touch.setLong(3, state.expiresAt().toEpochMilli());
        }
        touch.setString(4, after.id().value());
        touch.executeUpdate();
        return after;
    }

    /** @return the stored messages whose ids some draft carries, in seq order */
    private List<ChatMessage> storedById(StatementCache sql, SessionId id, List<MessageDraft> drafts)
            throws SQLException {
        List<ChatMessage> stored = new ArrayList<>();
        for (MessageDraft draft : drafts) {
            if (draft.id() == null) {
                continue;
            }
            PreparedStatement find = sql.get(FIND_BY_MSG_ID);
            find.setString(1, id.value());
            find.setString(2, draft.id());
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    stored.add(rows.message(rs, id, DecodedMessages.of(sql)));
                }
            }
        }
        stored.sort(Comparator.comparingLong(ChatMessage::seq));
        return stored;
    }
}
