package dev.multichat.internal;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.StoreOperation;
import java.util.Optional;

/** The guard around a backend's catalog: validate, then delegate, counted and timed. Thread-safe. */
final class GuardedCatalog implements SessionCatalog {
    private final SessionCatalog backend;
    private final InputValidator validator;
    private final Guard guard;

    GuardedCatalog(SessionCatalog backend, InputValidator validator, Guard guard) {
        this.backend = backend;
        this.validator = validator;
        this.guard = guard;
    }

    @Override
    public ChatSession create(NewSession spec) {
        return guard.run(StoreOperation.CREATE, () -> {
            validator.create(spec);
            return backend.create(spec);
        });
    }

    @Override
    public Optional<ChatSession> find(SessionId id) {
        return guard.run(StoreOperation.FIND, () -> backend.find(Require.nonNull(id, "session id")));
    }

    @Override
    public Page<ChatSession> list(SessionQuery query) {
        return guard.run(StoreOperation.LIST, () -> backend.list(Require.nonNull(query, "session query")));
    }

    @Override
    public ChatSession update(SessionId id, SessionPatch patch, Expect expect) {
        return guard.run(StoreOperation.UPDATE, () -> {
            validator.update(id, patch, expect);
            return backend.update(id, patch, expect);
        });
    }

    @Override
    public boolean delete(SessionId id) {
        return guard.run(StoreOperation.DELETE, () -> backend.delete(Require.nonNull(id, "session id")));
    }
}
