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
import dev.multichat.postgres.internal.feed.PgNotifier;
import dev.multichat.spi.ReplayDecision;
import dev.multichat.spi.SessionRules;
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
    private final PgNotifier notifier;
    private final AppendStatement append;
    private final MessageReads reads;
    private final Trim trim;

    /**
     * @param storage the shared storage
     * @param notifier tells other instances' change feeds about committed writes
     */
    public PgMessageLog(PgStorage storage, PgNotifier notifier) {
        this.storage = storage;
        this.notifier = notifier;
        this.append = new AppendStatement(storage);
        this.reads = new MessageReads(storage);
        this.trim = new Trim(storage, notifier);
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        long now = storage.now();
        AppendStatement.Batch batch = new AppendStatement.Batch(id, drafts, expect.expected(), now);
        Appended result = storage.call("appending to session '" + id + "'",
                c -> append.run(c, batch, rs -> outcome(rs, batch, expect)));
        if (result == null) {
            return replay(id, drafts);
        }
        notifier.changed(id);
        return result;
    }

    /**
     * @return the append's result, or null for a replay (every id already stored)
     * @throws SessionNotFoundException if the statement found no live session
     * @throws dev.multichat.api.VersionConflictException if it wrote nothing because the version did not match
     */
    private Appended outcome(ResultSet rs, AppendStatement.Batch batch, Expect expect) throws SQLException {
        if (!rs.next()) {
            throw new SessionNotFoundException(batch.id());
        }
        ChatSession before = storage.rows().session(rs, 1);
        List<MessageDraft> drafts = batch.drafts();
        if (ReplayDecision.decide(batch.id(), drafts.size(), AppendStatement.storedIds(rs)) == ReplayDecision.REPLAY) {
            return null;
        }
        rs.getLong(AppendStatement.NEW_VERSION);
        if (rs.wasNull()) {
            SessionRules.checkVersion(batch.id(), expect, before.version());
            throw new IllegalStateException("the append statement wrote nothing although session '" + batch.id()
                    + "' is at the expected version " + before.version());
        }
        Instant at = Instant.ofEpochMilli(batch.now());
        return new Appended(SessionRules.written(before, at, drafts.size()),
                AppendStatement.stored(before.lastSeq(), drafts, at), false);
    }

    private Appended replay(SessionId id, List<MessageDraft> drafts) {
        return new Appended(reads.session(id), reads.byIds(id, drafts), true);
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
