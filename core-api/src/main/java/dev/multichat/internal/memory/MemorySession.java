package dev.multichat.internal.memory;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionPatch;
import dev.multichat.spi.ReplayDecision;
import dev.multichat.spi.SessionRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One session of the memory store: its state and messages, changed only through the shared
 * rules of {@link SessionRules} and {@link ReplayDecision}. Not thread-safe: the store's lock
 * guards it.
 */
final class MemorySession {
    private final MessageBuffer messages = new MessageBuffer();
    private ChatSession session;

    MemorySession(NewSession spec, Instant now) {
        this.session = SessionRules.created(spec, now);
    }

    ChatSession snapshot() {
        return session;
    }

    boolean expiredAt(Instant now) {
        return session.state().expiredAt(now);
    }

    Appended append(List<MessageDraft> drafts, Expect expect, Instant now) {
        List<ChatMessage> stored = messages.stored(drafts);
        List<String> storedIds = stored.stream().map(m -> m.draft().id()).toList();
        if (ReplayDecision.decide(session.id(), drafts.size(), storedIds) == ReplayDecision.REPLAY) {
            return new Appended(session, stored, true);
        }
        SessionRules.checkVersion(session.id(), expect, session.version());
        List<ChatMessage> added = new ArrayList<>(drafts.size());
        long seq = session.lastSeq();
        for (MessageDraft draft : drafts) {
            seq++;
            added.add(new ChatMessage(seq, now, draft));
        }
        messages.add(added);
        session = SessionRules.written(session, now, drafts.size());
        return new Appended(session, added, false);
    }

    List<ChatMessage> read(MessageRange range) {
        return messages.read(range);
    }

    long trim(long throughSeq, Instant now) {
        int removed = messages.trimThrough(Math.min(throughSeq, session.lastSeq()));
        if (removed > 0) {
            session = SessionRules.written(session, now, 0);
        }
        return removed;
    }

    ChatSession update(SessionPatch patch, Expect expect, Instant now) {
        SessionRules.checkVersion(session.id(), expect, session.version());
        session = SessionRules.patched(session, patch, now);
        return session;
    }
}
