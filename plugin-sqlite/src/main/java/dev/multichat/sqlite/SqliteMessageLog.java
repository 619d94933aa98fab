package dev.multichat.sqlite;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageLog;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.sqlite.internal.commit.GroupCommit;
import java.util.List;

/**
 * The SQLite store's {@link MessageLog}: appends and trims go through the group commit writer,
 * reads through the reader pool. Thread-safe.
 */
final class SqliteMessageLog implements MessageLog {
    private final GroupCommit writer;
    private final Reads reads;
    private final MessageWrites messages;

    SqliteMessageLog(GroupCommit writer, Reads reads, MessageWrites messages) {
        this.writer = writer;
        this.reads = reads;
        this.messages = messages;
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        return writer.submit((sql, now) -> messages.append(sql, now, id, drafts, expect),
                "appending to session", id);
    }

    @Override
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        return reads.read(id, range);
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        return writer.submit((sql, now) -> messages.trim(sql, now, id, throughSeq),
                "trimming session", id);
    }
}
