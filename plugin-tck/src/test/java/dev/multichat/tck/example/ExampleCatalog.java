package dev.multichat.tck.example;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionExistsException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.spi.Pages;
import dev.multichat.spi.SessionCursor;
import dev.multichat.spi.SessionRules;
import java.time.Instant;
import java.util.Optional;

/** The example's catalog: storage code only; the state changes come from {@link SessionRules}. */
final class ExampleCatalog implements SessionCatalog {
    private final ExampleStorage storage;

    ExampleCatalog(ExampleStorage storage) {
        this.storage = storage;
    }

    @Override
    public ChatSession create(NewSession spec) {
        return storage.locked(sessions -> {
            Instant now = storage.now();
            ExampleSession old = sessions.get(spec.id());
            if (old != null && !old.session().state().expiredAt(now)) {
                throw new SessionExistsException(spec.id());
            }
            ChatSession created = SessionRules.created(spec, now);
            sessions.put(spec.id(), new ExampleSession(created));
            return created;
        });
    }

    @Override
    public Optional<ChatSession> find(SessionId id) {
        return storage.locked(sessions -> Optional.ofNullable(sessions.get(id)).map(ExampleSession::session)
                .filter(s -> !s.state().expiredAt(storage.now())));
    }

    @Override
    public Page<ChatSession> list(SessionQuery query) {
        SessionCursor from = SessionCursor.of(query);
        return storage.locked(sessions -> Pages.fromRows(sessions.values().stream()
                .map(ExampleSession::session)
                .filter(s -> s.owner().equals(query.owner()) && !s.state().expiredAt(storage.now()))
                .filter(s -> from == null || from.precedes(s))
                .sorted(Pages.LIST_ORDER).limit(query.limit() + 1L).toList(), query));
    }

    @Override
    public ChatSession update(SessionId id, SessionPatch patch, Expect expect) {
        return storage.locked(sessions -> {
            Instant now = storage.now();
            ExampleSession stored = storage.live(id, now);
            SessionRules.checkVersion(id, expect, stored.session().version());
            stored.session(SessionRules.patched(stored.session(), patch, now));
            return stored.session();
        });
    }

    @Override
    public boolean delete(SessionId id) {
        return storage.locked(sessions -> {
            ExampleSession removed = sessions.remove(id);
            return removed != null && !removed.session().state().expiredAt(storage.now());
        });
    }
}
