package dev.multichat.internal.memory;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionExistsException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The session-level half of the memory store. Every operation reads the clock inside the
 * lock, so timestamps follow the order of writes. Expired sessions are invisible at once and
 * dropped when their id is written again, deleted, or by a sweep every {@value #SWEEP_EVERY}
 * creates.
 */
abstract class MemoryCatalog implements SessionCatalog {
    private static final int SWEEP_EVERY = 256;

    /** Every session, live or expired but not yet swept; guarded by {@link #lock}. */
    protected final Map<SessionId, MemorySession> sessions = new HashMap<>();
    /** Guards {@link #sessions} and every session in it. */
    protected final Locked lock = new Locked();
    private final Clock clock;
    private int creates;

    MemoryCatalog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ChatSession create(NewSession spec) {
        return lock.writing(() -> {
            Instant now = clock.instant();
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
        return lock.reading(() -> {
            MemorySession session = sessions.get(id);
            boolean live = session != null && !session.expiredAt(clock.instant());
            return live ? Optional.of(session.snapshot()) : Optional.empty();
        });
    }

    @Override
    public Page<ChatSession> list(SessionQuery query) {
        return lock.reading(() -> MemoryListing.page(sessions.values(), query, clock.instant()));
    }

    @Override
    public ChatSession update(SessionId id, SessionPatch patch, Expect expect) {
        return lock.writing(() -> {
            Instant now = clock.instant();
            return live(id, now).update(patch, expect, now);
        });
    }

    @Override
    public boolean delete(SessionId id) {
        return lock.writing(() -> {
            MemorySession removed = sessions.remove(id);
            return removed != null && !removed.expiredAt(clock.instant());
        });
    }

    /**
     * @param id a session
     * @param now the current time
     * @return the live session; call with the lock held
     * @throws SessionNotFoundException if it is absent or expired
     */
    protected MemorySession live(SessionId id, Instant now) {
        MemorySession session = sessions.get(id);
        if (session == null || session.expiredAt(now)) {
            throw new SessionNotFoundException(id);
        }
        return session;
    }

    /** @return the current time from the configured clock */
    protected Instant now() {
        return clock.instant();
    }
}
