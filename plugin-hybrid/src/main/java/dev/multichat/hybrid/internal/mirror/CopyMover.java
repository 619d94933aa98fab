package dev.multichat.hybrid.internal.mirror;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.hybrid.internal.tier.CopyClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves a cached copy forward from a state known to be exactly the durable state before a write:
 * the write's messages and the new stamp in one {@link SessionStore#appendStamped} (one atomic
 * call on a fast tier that offers it), expecting the copy's version, then the trim once per
 * window. Remembers what it left ({@link KnownCopies}). Thread-safe.
 */
final class CopyMover {
    private final CopyClock clock;
    private final int windowSize;
    private final KnownCopies known;

    CopyMover(CopyClock clock, int windowSize, KnownCopies known) {
        this.clock = clock;
        this.windowSize = windowSize;
        this.known = known;
    }

    /**
     * @param store the fast tier
     * @param copy the copy, holding exactly the durable state before the write
     * @param session the durable session after the write
     * @param messages the messages the write appended (empty for a patch)
     * @return false if the copy must be marked stale (a message cannot be cached, or the fast
     *     tier stamped another time than the pinned one)
     * @throws dev.multichat.api.VersionConflictException if the copy is no longer at {@code copy.version()}
     * @throws dev.multichat.api.SessionNotFoundException if the copy is gone
     */
    boolean extend(SessionStore store, CopyState copy, ChatSession session, List<ChatMessage> messages) {
        Window window = copy.state().window();
        Window moved = window.extend(session.lastSeq(), windowSize);
        MirrorState next = new MirrorState(copy.state().epoch(), session.version(), session.state().expiresAt(), moved);
        long sentAt = System.nanoTime();
        Optional<ChatSession> stamped = stamp(store, copy, messages, MirrorCodec.write(next));
        if (stamped.isEmpty()) {
            return false;
        }
        if (trimDue(window, moved)) {
            known.forget(copy.id());
            store.trim(copy.id(), moved.first() - window.offset() - 1);
        } else {
            known.remember(new CopyState(copy.id(), stamped.get().version(), stamped.get().lastSeq(), next), sentAt);
        }
        return true;
    }

    /**
     * Appends the durable messages to the copy and commits its new stamp, expecting the copy's
     * version: {@link SessionStore#appendStamped}, one atomic call on a fast tier that offers it,
     * else the append then the stamp. The fast tier's clock is pinned to the messages' durable
     * time once a refill has shown that the fast tier keeps it ({@link CopyClock#honoured}), so
     * each keeps its time without an attribute.
     *
     * @return the copy after the write, or empty if it must be marked stale
     */
    private Optional<ChatSession> stamp(SessionStore store, CopyState copy, List<ChatMessage> messages,
                                        Map<String, String> stamp) {
        Expect expect = Expect.version(copy.version());
        if (messages.isEmpty()) {
            return Optional.of(store.update(copy.id(), SessionPatch.metadata(stamp), expect));
        }
        Instant pin = clock.honoured() ? messages.get(messages.size() - 1).at() : null;
        Optional<List<MessageDraft>> drafts = MessageCodec.encode(messages, pin);
        if (drafts.isEmpty()) {
            return Optional.empty();
        }
        List<MessageDraft> cached = drafts.get();
        Appended appended = pin == null ? store.appendStamped(copy.id(), cached, stamp, expect)
                : clock.pinned(pin, () -> store.appendStamped(copy.id(), cached, stamp, expect));
        if (!MessageCodec.timesKept(cached, appended.messages(), messages)) {
            clock.ignore();
            return Optional.empty();
        }
        // the copy seqs the stamp maps (a check of the copy's identity besides its version)
        boolean placed = appended.messages().get(0).seq() == copy.lastSeq() + 1;
        return placed ? Optional.of(appended.session()) : Optional.empty();
    }

    /**
     * Messages that left the window are trimmed from the copy only when the window's first seq
     * crosses a multiple of the window size, so a copy holds at most twice the window and an
     * append costs the trim (a round trip) once per {@code window} messages, not on each.
     * Readers never look below the stamp's window, so the older messages are only space.
     */
    private boolean trimDue(Window window, Window moved) {
        return (moved.first() - 1) / windowSize > (window.first() - 1) / windowSize;
    }
}
