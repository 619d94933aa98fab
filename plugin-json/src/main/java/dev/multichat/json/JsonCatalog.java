package dev.multichat.json;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import java.util.Optional;

/** The session-level half of the JSON store; every operation runs under the session lock. */
abstract class JsonCatalog implements SessionCatalog {
    final StoreContext ctx;
    final Lifecycle lifecycle;

    JsonCatalog(StoreContext ctx) {
        this.ctx = ctx;
        this.lifecycle = new Lifecycle(ctx);
    }

    @Override
    public ChatSession create(NewSession spec) {
        return ctx.withWrite(spec.id(), h -> lifecycle.create(h, spec));
    }

    @Override
    public Optional<ChatSession> find(SessionId id) {
        return ctx.withSession(id, true, h -> {
            ChatSession s = h.current();
            return s == null || s.state().expiredAt(ctx.now()) ? Optional.empty() : Optional.of(s);
        });
    }

    @Override
    public Page<ChatSession> list(SessionQuery query) {
        return ctx.index.list(query, ctx.now());
    }

    @Override
    public ChatSession update(SessionId id, SessionPatch patch, Expect expect) {
        return ctx.withWrite(id, h -> lifecycle.update(h, patch, expect));
    }

    @Override
    public boolean delete(SessionId id) {
        return ctx.withWrite(id, lifecycle::delete);
    }
}
