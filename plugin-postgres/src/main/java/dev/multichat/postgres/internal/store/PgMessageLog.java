package dev.multichat.postgres.internal.store;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageLog;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionState;
import dev.multichat.api.VersionConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The message log on PostgreSQL: an append is one statement (see {@link AppendStatement}), a
 * read is one statement that seeks the {@code (session_id, seq)} key, a trim one short
 * transaction. Thread-safe; safe with any number of store instances on one schema.
 */
public final class PgMessageLog implements MessageLog {
    private final PgStorage storage;
    private final AppendStatement append;
    private final MessageReads reads;
    private final Trim trim;

    /** @param storage the shared storage */
    public PgMessageLog(PgStorage storage) {
        this.storage = storage;
        this.append = new AppendStatement(storage);
        this.reads = new MessageReads(storage);
        this.trim = new Trim(storage);
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        long now = storage.now();
        AppendStatement.Batch batch = new AppendStatement.Batch(id, drafts, expect.expected(), now);
        Appended result = storage.call("appending to session '" + id + "'",
                c -> append.run(c, batch, rs -> outcome(rs, batch)));
        if (result == null) {
            return replay(id, drafts);
        }
        return result;
    }

    /** @return the append's result, or null if some message ids were already stored */
    private Appended outcome(ResultSet rs, AppendStatement.Batch batch) throws SQLException {
        if (!rs.next()) {
            throw new SessionNotFoundException(batch.id());
        }
        ChatSession before = storage.rows().session(rs, 1);
        if (rs.getLong(AppendStatement.DUPLICATES) > 0) {
            return null;
        }
        long version = rs.getLong(AppendStatement.NEW_VERSION);
        if (rs.wasNull()) {
            throw new VersionConflictException(batch.id(), batch.expected(), before.version());
        }
        Long expiry = AppendStatement.nullableLong(rs, AppendStatement.NEW_EXPIRY);
        SessionState old = before.state();
        SessionState state = new SessionState(old.createdAt(), Instant.ofEpochMilli(batch.now()),
                expiry == null ? null : Instant.ofEpochMilli(expiry), version,
                old.lastSeq() + batch.drafts().size());
        return new Appended(new ChatSession(before.id(), before.info(), state),
                AppendStatement.stored(before, batch.drafts(), batch.now()), false);
    }

    private Appended replay(SessionId id, List<MessageDraft> drafts) {
        ChatSession session = reads.session(id);
        List<ChatMessage> stored = reads.byIds(id, drafts);
        return Replay.decide(session, drafts, stored);
    }

    @Override
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        return reads.read(id, range);
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        return trim.trim(id, throughSeq);
    }
}
