package dev.multichat.internal.memory;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageLog;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import java.time.Instant;
import java.util.List;

/** The memory store's message log; see {@link MemorySessions} for the locking. Thread-safe. */
final class MemoryLog implements MessageLog {
    private final MemorySessions store;

    MemoryLog(MemorySessions store) {
        this.store = store;
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        return store.writing(sessions -> {
            Instant now = store.now();
            return store.live(id, now).append(drafts, expect, now);
        });
    }

    @Override
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        return store.reading(sessions -> store.live(id, store.now()).read(range));
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        return store.writing(sessions -> {
            Instant now = store.now();
            return store.live(id, now).trim(throughSeq, now);
        });
    }
}
