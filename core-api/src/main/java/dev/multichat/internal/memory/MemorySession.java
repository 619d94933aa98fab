package dev.multichat.internal.memory;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionState;
import dev.multichat.api.VersionConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One session of the memory store: its info, state and messages, with the reference rules
 * for versions, seqs, TTLs and idempotent retries. Not thread-safe: the store's lock guards it.
 */
final class MemorySession {
    private final SessionId id;
    private final MessageBuffer messages = new MessageBuffer();
    private SessionInfo info;
    private SessionState state;

    MemorySession(NewSession spec, Instant now) {
        this.id = spec.id();
        this.info = spec.info();
        this.state = new SessionState(now, now, info.ttl().expiryFrom(now), 1, 0);
    }

    ChatSession snapshot() {
        return new ChatSession(id, info, state);
    }

    boolean expiredAt(Instant now) {
        return state.expiredAt(now);
    }

    Appended append(List<MessageDraft> drafts, Expect expect, Instant now) {
        List<ChatMessage> stored = messages.replay(id, drafts);
        if (!stored.isEmpty()) {
            return new Appended(snapshot(), stored, true);
        }
        checkVersion(expect);
        List<ChatMessage> added = new ArrayList<>(drafts.size());
        long seq = state.lastSeq();
        for (MessageDraft draft : drafts) {
            seq++;
            added.add(new ChatMessage(seq, now, draft));
        }
        messages.add(added);
        written(now, drafts.size(), slidingExpiry(now));
        return new Appended(snapshot(), added, false);
    }

    List<ChatMessage> read(MessageRange range) {
        return messages.read(range);
    }

    long trim(long throughSeq, Instant now) {
        int removed = messages.trimThrough(Math.min(throughSeq, state.lastSeq()));
        if (removed > 0) {
            written(now, 0, slidingExpiry(now));
        }
        return removed;
    }

    ChatSession update(SessionPatch patch, Expect expect, Instant now) {
        checkVersion(expect);
        info = patch.applyTo(info);
        written(now, 0, patch.ttl() == null ? slidingExpiry(now) : patch.ttl().expiryFrom(now));
        return snapshot();
    }

    private void checkVersion(Expect expect) {
        if (!expect.matches(state.version())) {
            throw new VersionConflictException(id, expect.expected(), state.version());
        }
    }

    private Instant slidingExpiry(Instant now) {
        return info.ttl().sliding() ? info.ttl().expiryFrom(now) : state.expiresAt();
    }

    private void written(Instant now, int added, Instant expiresAt) {
        state = new SessionState(state.createdAt(), now, expiresAt, state.version() + 1,
                state.lastSeq() + added);
    }
}
