package dev.multichat.internal.memory;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreHealth;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The in-memory reference store: every semantic of the API, in the simplest correct form.
 * One read-write lock guards all sessions, so every operation is atomic and linearizable.
 * Nothing survives the process; each instance is a separate, empty store.
 */
final class MemoryStore extends MemoryCatalog implements SessionStore {
    MemoryStore(Clock clock) {
        super(clock);
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        return lock.writing(() -> {
            Instant now = now();
            return live(id, now).append(drafts, expect, now);
        });
    }

    @Override
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        return lock.reading(() -> live(id, now()).read(range));
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        return lock.writing(() -> {
            Instant now = now();
            return live(id, now).trim(throughSeq, now);
        });
    }

    @Override
    public StoreHealth health() {
        int count = lock.reading(sessions::size);
        return new StoreHealth(StoreHealth.Status.UP, "in-memory store; nothing survives the process",
                Map.of("sessions", Integer.toString(count)));
    }

    @Override
    public void close() {
        lock.writing(() -> {
            sessions.clear();
            return null;
        });
    }
}
