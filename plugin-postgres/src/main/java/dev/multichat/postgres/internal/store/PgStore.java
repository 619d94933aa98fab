package dev.multichat.postgres.internal.store;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreHealth;
import java.util.List;
import java.util.Optional;

/**
 * Joins the catalog, the message log and the lifecycle into one {@link SessionStore} (the core's
 * guard wraps it). Holds no logic of its own. Thread-safe.
 *
 * @param catalog session operations
 * @param log message operations
 * @param lifecycle health and close
 */
public record PgStore(PgCatalog catalog, PgMessageLog log, PgLifecycle lifecycle) implements SessionStore {
    @Override
    public ChatSession create(NewSession spec) {
        return catalog.create(spec);
    }

    @Override
    public Optional<ChatSession> find(SessionId id) {
        return catalog.find(id);
    }

    @Override
    public Page<ChatSession> list(SessionQuery query) {
        return catalog.list(query);
    }

    @Override
    public ChatSession update(SessionId id, SessionPatch patch, Expect expect) {
        return catalog.update(id, patch, expect);
    }

    @Override
    public boolean delete(SessionId id) {
        return catalog.delete(id);
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        return log.append(id, drafts, expect);
    }

    @Override
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        return log.read(id, range);
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        return log.trim(id, throughSeq);
    }

    @Override
    public StoreHealth health() {
        return lifecycle.health();
    }

    @Override
    public void close() {
        lifecycle.close();
    }
}
