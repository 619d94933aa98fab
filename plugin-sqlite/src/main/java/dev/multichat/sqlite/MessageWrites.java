package dev.multichat.sqlite;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionState;
import dev.multichat.api.VersionConflictException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Message writes (append, trim), run by the {@link GroupCommit} writer. An append reads the
 * session row, checks idempotency and the version, inserts the drafts with seqs after the
 * row's {@code last_seq} and updates the row: a handful of index seeks, whatever the history.
 */
final class MessageWrites {
    private static final String FIND_BY_MSG_ID = """
            SELECT seq, at, msg_id, author, role, content, attributes
            FROM messages WHERE session_id = ? AND msg_id = ?""";
    private static final String INSERT = """
            INSERT INTO messages (session_id, seq, msg_id, author, role, content, attributes, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
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
        if (!stored.isEmpty()) {
            return replay(session, drafts, stored);
        }
        if (!expect.matches(session.version())) {
            throw new VersionConflictException(id, expect.expected(), session.version());
        }
        Instant at = Instant.ofEpochMilli(now);
        long seq = session.lastSeq();
        List<ChatMessage> messages = new ArrayList<>(drafts.size());
        PreparedStatement insert = sql.get(INSERT);
        for (MessageDraft draft : drafts) {
            seq++;
            insert.setString(1, id.value());
            insert.setLong(2, seq);
            insert.setString(3, draft.id());
            insert.setString(4, draft.author());
            insert.setString(5, draft.role().name());
            insert.setString(6, draft.content());
            insert.setString(7, MapCodec.encode(draft.attributes()));
            insert.setLong(8, now);
            insert.executeUpdate();
            messages.add(new ChatMessage(seq, at, draft));
        }
        ChatSession after = touch(sql, session, at, seq);
        return new Appended(after, messages, false);
    }

    long trim(StatementCache sql, long now, SessionId id, long throughSeq) throws SQLException {
        ChatSession session = sessions.loadLive(sql, id, now);
        PreparedStatement trim = sql.get(TRIM);
        trim.setString(1, id.value());
        trim.setLong(2, Math.min(throughSeq, session.lastSeq()));
        long removed = trim.executeUpdate();
        if (removed > 0) {
            touch(sql, session, Instant.ofEpochMilli(now), session.lastSeq());
        }
        return removed;
    }

    /** Bumps the version, sets last_seq and updated_at, and restarts a sliding TTL. */
    private static ChatSession touch(StatementCache sql, ChatSession session, Instant at, long lastSeq)
            throws SQLException {
        SessionState old = session.state();
        Instant expires = SessionWrites.slide(session.info().ttl(), at, old.expiresAt());
        PreparedStatement touch = sql.get(TOUCH);
        touch.setLong(1, lastSeq);
        touch.setLong(2, at.toEpochMilli());
        if (expires == null) {
            touch.setNull(3, Types.INTEGER);
        } else {
            touch.setLong(3, expires.toEpochMilli());
        }
        touch.setString(4, session.id().value());
        touch.executeUpdate();
        return new ChatSession(session.id(), session.info(),
                new SessionState(old.createdAt(), at, expires, old.version() + 1, lastSeq));
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
                    stored.add(rows.message(rs, id));
                }
            }
        }
        stored.sort(Comparator.comparingLong(ChatMessage::seq));
        return stored;
    }

    private static Appended replay(ChatSession session, List<MessageDraft> drafts, List<ChatMessage> stored) {
        if (stored.size() == drafts.size()) {
            return new Appended(session, stored, true);
        }
        List<String> ids = stored.stream().map(m -> m.draft().id()).toList();
        throw new InvalidInputException("session '" + session.id() + "': message ids " + ids
                + " are already stored but the batch also holds drafts that are not; nothing was"
                + " written: retry the exact batch that was stored, or send the new drafts alone");
    }
}
