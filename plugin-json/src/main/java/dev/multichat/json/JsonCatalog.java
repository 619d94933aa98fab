package dev.multichat.json;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.StoreException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JSON store's {@link SessionCatalog}; every operation runs under the session lock. Thread-safe. */
final class JsonCatalog implements SessionCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(JsonCatalog.class);
    private final StoreContext ctx;
    private final Lifecycle lifecycle;

    JsonCatalog(StoreContext ctx, Lifecycle lifecycle) {
        this.ctx = ctx;
        this.lifecycle = lifecycle;
    }

    @Override
    public ChatSession create(NewSession spec) {
        return ctx.withWrite(spec.id(), h -> lifecycle.create(h, spec));
    }

    @Override
    public Optional<ChatSession> find(SessionId id) {
        return ctx.withRead(id, h -> {
            ChatSession s = h.known().current();
            return s == null || s.state().expiredAt(ctx.now()) ? Optional.empty() : Optional.of(s);
        });
    }

    @Override
    public Page<ChatSession> list(SessionQuery query) {
        return ctx.index.list(query, ctx.now(), this::reread);
    }

    /** Re-reads a session another process changed; one that fails to read is left out or as is. */
    private void reread(SessionId id) {
        try {
            ctx.withSession(id, true, h -> null);
        } catch (StoreException e) {
            LOG.debug("re-reading session '{}' for a listing failed: {}", id.value(), e.getMessage());
        }
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
