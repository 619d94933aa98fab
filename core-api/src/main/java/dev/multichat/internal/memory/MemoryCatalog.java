package dev.multichat.internal.memory;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionExistsException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import java.time.Instant;
import java.util.Optional;

/**
 * The memory store's catalog. Every operation reads the clock inside the lock, so timestamps
 * follow the order of writes. Expired sessions are invisible at once and dropped when their id
 * is written again, deleted, or by a sweep every {@value #SWEEP_EVERY} creates. Thread-safe.
 */
final class MemoryCatalog implements SessionCatalog {
    private static final int SWEEP_EVERY = 256;

    private final MemorySessions store;
    private int creates;

    MemoryCatalog(MemorySessions store) {
        this.store = store;
    }

    @Override
    public ChatSession create(NewSession spec) {
        return store.writing(sessions -> {
            Instant now = store.now();
            MemorySession existing = sessions.get(spec.id());
            if (existing != null && !existing.expiredAt(now)) {
                throw new SessionExistsException(spec.id());
            }
            if (++creates % SWEEP_EVERY == 0) {
                sessions.values().removeIf(s -> s.expiredAt(now));
            }
            MemorySession created = new MemorySession(spec, now);
            sessions.put(spec.id(), created);
            return created.snapshot();
        });
    }

    @Override
    public Optional<ChatSession> find(SessionId id) {
        return store.reading(sessions -> {
            MemorySession session = sessions.get(id);
            boolean live = session != null && !session.expiredAt(store.now());
            return live ? Optional.of(session.snapshot()) : Optional.empty();
        });
    }

    @Override
    public Page<ChatSession> list(SessionQuery query) {
        return store.reading(sessions -> MemoryListing.page(sessions.values(), query, store.now()));
    }

    @Override
    public ChatSession update(SessionId id, SessionPatch patch, Expect expect) {
        return store.writing(sessions -> {
            Instant now = store.now();
            return store.live(id, now).update(patch, expect, now);
        });
    }

    @Override
    public boolean delete(SessionId id) {
        return store.writing(sessions -> {
            MemorySession removed = sessions.remove(id);
            return removed != null && !removed.expiredAt(store.now());
        });
    }
}
