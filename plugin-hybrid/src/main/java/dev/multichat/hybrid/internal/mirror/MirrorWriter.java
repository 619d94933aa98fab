package dev.multichat.hybrid.internal.mirror;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.VersionConflictException;
import dev.multichat.hybrid.internal.tier.CopyClock;
import dev.multichat.hybrid.internal.tier.FastTier;
import dev.multichat.hybrid.internal.tier.Stamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves a session's cached copy forward after a durable write, with the fast tier's own
 * expected-version check as the compare-and-set: a copy is only extended from exactly the
 * durable state it holds; a copy already at the write's version or newer is left alone (the
 * write is dropped); anything else (a gap, a race lost three times, a refill under way, a copy
 * of another epoch) marks the copy stale, so the next read refills it from the durable tier. If the fast tier cannot
 * be reached, the session is invalidated before the fast tier is used again. Thread-safe.
 */
public final class MirrorWriter {
    private static final int ATTEMPTS = 3;
    private final FastTier fast;
    private final CopyClock clock;
    private final int windowSize;

    /**
     * @param fast the fast tier
     * @param clock the fast tier's clock (pinned to the messages' durable time while they are appended)
     * @param windowSize how many newest messages a copy keeps
     */
    public MirrorWriter(FastTier fast, CopyClock clock, int windowSize) {
        this.fast = fast;
        this.clock = clock;
        this.windowSize = windowSize;
    }

    /**
     * @param session the durable session after an acknowledged write
     * @param messages the messages that write appended (empty for a patch)
     */
    public void forward(ChatSession session, List<ChatMessage> messages) {
        if (Cacheable.not(session.id())) {
            return;
        }
        if (fast.call(store -> apply(store, session, messages)).isEmpty()) {
            fast.invalidateLater(session.id());
        }
    }

    /** @param id a session created, deleted or trimmed in the durable tier: its copy is marked stale */
    public void invalidate(SessionId id) {
        if (Cacheable.not(id)) {
            return;
        }
        if (fast.call(store -> poison(store, id)).isEmpty()) {
            fast.invalidateLater(id);
        }
    }

    private Boolean apply(SessionStore store, ChatSession session, List<ChatMessage> messages) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                Optional<ChatSession> copy = store.find(session.id());
                if (copy.isEmpty()) {
                    return true;
                }
                return moveForward(store, copy.get(), session, messages);
            } catch (VersionConflictException e) {
                // another instance moved the copy meanwhile: look again
            } catch (SessionNotFoundException e) {
                return true;
            }
        }
        return poison(store, session.id());
    }

    private boolean moveForward(SessionStore store, ChatSession copy, ChatSession session, List<ChatMessage> messages) {
        Optional<MirrorState> read = MirrorCodec.read(copy);
        if (read.isEmpty()) {
            return poison(store, copy.id());
        }
        MirrorState state = read.get();
        if (!state.epoch().equals(fast.epoch())) {
            // another epoch's copy: this writer cannot extend it, and an instance that holds that
            // epoch (renewed meanwhile) must not serve it without this write
            fast.recheckEpoch();
            return poison(store, copy.id());
        }
        if (alreadyCurrent(state, session)) {
            return true;
        }
        Window window = state.window();
        boolean contiguous = messages.isEmpty() || messages.get(0).seq() == window.last() + 1;
        Window moved = window.extend(session.lastSeq(), windowSize);
        Map<String, String> stamp = MirrorCodec.write(
                new MirrorState(state.epoch(), session.version(), session.state().expiresAt(), moved));
        if (copy.lastSeq() + window.offset() != window.last() || !contiguous
                || !appendStamped(store, copy, messages, stamp)) {
            return poison(store, copy.id());
        }
        if (trimDue(window, moved)) {
            store.trim(copy.id(), moved.first() - window.offset() - 1);
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
     * @return false if the copy must be marked stale (a message cannot be cached, or the fast
     *     tier stamped another time than the pinned one)
     */
    private boolean appendStamped(SessionStore store, ChatSession copy, List<ChatMessage> messages,
                                  Map<String, String> stamp) {
        Expect expect = Expect.version(copy.version());
        if (messages.isEmpty()) {
            store.update(copy.id(), SessionPatch.metadata(stamp), expect);
            return true;
        }
        Instant pin = clock.honoured() ? messages.get(messages.size() - 1).at() : null;
        Optional<List<MessageDraft>> drafts = MessageCodec.encode(messages, pin);
        if (drafts.isEmpty()) {
            return false;
        }
        List<MessageDraft> cached = drafts.get();
        Appended appended = pin == null ? store.appendStamped(copy.id(), cached, stamp, expect)
                : clock.pinned(pin, () -> store.appendStamped(copy.id(), cached, stamp, expect));
        if (!MessageCodec.timesKept(cached, appended.messages(), messages)) {
            clock.ignore();
            return false;
        }
        return true;
    }

    /**
     * Messages that left the window are trimmed from the copy only when the window's first seq
     * crosses a multiple of the window size, so a copy holds at most twice the window and an
     * append costs the trim (a round trip, two on Redis) once per {@code window} messages, not on
     * each. Readers never look below the stamp's window, so the older messages are only space.
     */
    private boolean trimDue(Window window, Window moved) {
        return (moved.first() - 1) / windowSize > (window.first() - 1) / windowSize;
    }

    /** @return whether the copy must be left alone: already at this write's version or newer */
    private boolean alreadyCurrent(MirrorState state, ChatSession session) {
        if (state.version() >= session.version()) {
            fast.readings().staleWrite();
            return true;
        }
        return false;
    }

    private static boolean poison(SessionStore store, SessionId id) {
        Stamp.poison(store, id);
        return true;
    }
}
