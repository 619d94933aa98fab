package dev.multichat.sqlite;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.sqlite.internal.commit.GroupCommit;
import java.util.Optional;

/**
 * The SQLite store's {@link SessionCatalog}: session writes go through the group commit
 * writer, reads through the reader pool. Thread-safe.
 */
final class SqliteCatalog implements SessionCatalog {
    private final GroupCommit writer;
    private final Reads reads;
    private final SessionWrites sessions;

    SqliteCatalog(GroupCommit writer, Reads reads, SessionWrites sessions) {
        this.writer = writer;
        this.reads = reads;
        this.sessions = sessions;
    }

    @Override
    public ChatSession create(NewSession spec) {
        return writer.submit((sql, now) -> sessions.create(sql, now, spec),
                "creating session", spec.id());
    }

    @Override
    public Optional<ChatSession> find(SessionId id) {
        return reads.find(id);
    }

    @Override
    public Page<ChatSession> list(SessionQuery query) {
        return reads.list(query);
    }

    @Override
    public ChatSession update(SessionId id, SessionPatch patch, Expect expect) {
        return writer.submit((sql, now) -> sessions.update(sql, now, id, patch, expect),
                "updating session", id);
    }

    @Override
    public boolean delete(SessionId id) {
        return writer.submit((sql, now) -> sessions.delete(sql, now, id), "deleting session", id);
    }
}
