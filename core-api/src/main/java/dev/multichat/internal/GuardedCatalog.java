package dev.multichat.internal;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import java.util.Optional;

/** The session-level half of the core's guard: validate, then delegate, timed. */
abstract class GuardedCatalog implements SessionCatalog {
    /** The provider's store. */
    protected final SessionStore delegate;
    /** Checks arguments against the limits. */
    protected final InputValidator validator;
    /** Closed flag and metrics. */
    protected final Guard guard;

    GuardedCatalog(SessionStore delegate, InputValidator validator, Guard guard) {
        this.delegate = delegate;
        this.validator = validator;
        this.guard = guard;
    }

    @Override
    public ChatSession create(NewSession spec) {
        return guard.run("create", () -> {
            validator.create(spec);
            return delegate.create(spec);
        });
    }

    @Override
    public Optional<ChatSession> find(SessionId id) {
        return guard.run("find", () -> delegate.find(Require.nonNull(id, "session id")));
    }

    @Override
    public Page<ChatSession> list(SessionQuery query) {
        return guard.run("list", () -> delegate.list(Require.nonNull(query, "session query")));
    }

    @Override
    public ChatSession update(SessionId id, SessionPatch patch, Expect expect) {
        return guard.run("update", () -> {
            validator.update(id, patch, expect);
            return delegate.update(id, patch, expect);
        });
    }

    @Override
    public boolean delete(SessionId id) {
        return guard.run("delete", () -> delegate.delete(Require.nonNull(id, "session id")));
    }
}
