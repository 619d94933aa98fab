package dev.multichat.hybrid.internal;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.hybrid.internal.mirror.MirrorWriter;
import java.util.List;
import java.util.Optional;

/**
 * The hybrid store's catalog: every operation goes to the durable tier (the truth); a write is
 * acknowledged when the durable tier has it, then the session's cached copy is moved forward
 * or invalidated. Thread-safe.
 */
final class HybridCatalog implements SessionCatalog {
    private final SessionStore durable;
    private final MirrorWriter writer;

    HybridCatalog(SessionStore durable, MirrorWriter writer) {
        this.durable = durable;
        this.writer = writer;
    }

    @Override
    public ChatSession create(NewSession spec) {
        ChatSession created = durable.create(spec);
        writer.invalidate(created.id());
        return created;
    }

    @Override
    public Optional<ChatSession> find(SessionId id) {
        return durable.find(id);
    }

    @Override
    public Page<ChatSession> list(SessionQuery query) {
        return durable.list(query);
    }

    @Override
    public ChatSession update(SessionId id, SessionPatch patch, Expect expect) {
        ChatSession updated = durable.update(id, patch, expect);
        writer.forward(updated, List.of());
        return updated;
    }

    @Override
    public boolean delete(SessionId id) {
        boolean deleted = durable.delete(id);
        writer.invalidate(id);
        return deleted;
    }
}
