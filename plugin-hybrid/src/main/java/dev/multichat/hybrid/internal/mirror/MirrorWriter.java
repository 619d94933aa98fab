package dev.multichat.hybrid.internal.mirror;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionStore;
import dev.multichat.api.VersionConflictException;
import dev.multichat.hybrid.internal.tier.CopyClock;
import dev.multichat.hybrid.internal.tier.FastTier;
import dev.multichat.hybrid.internal.tier.Stamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Moves a session's cached copy forward after a durable write, with the fast tier's own
 * expected-version check as the compare-and-set: a copy is only extended from exactly the
 * durable state it holds; a copy already at the write's version or newer is left alone (the
 * write is dropped); anything else (a gap, a race lost three times, a refill under way, a copy
 * of another epoch) marks the copy stale, so the next read refills it from the durable tier.
 * When this instance's last write left the copy in exactly the state this write continues
 * ({@link KnownCopies}), the move is one fast-tier call, without reading the copy first; if the
 * copy moved meanwhile, that call's version check refuses it and the copy is read as otherwise.
 * If the fast tier cannot be reached, the session is invalidated before the fast tier is used
 * again. Thread-safe.
 */
public final class MirrorWriter {
    private static final int ATTEMPTS = 3;
    private final FastTier fast;
    private final KnownCopies known;
    private final CopyMover mover;

    /**
     * @param fast the fast tier
     * @param clock the fast tier's clock (pinned to the messages' durable time while they are appended)
     * @param windowSize how many newest messages a copy keeps
     * @param idleTtl how long a copy lives without a write (zero: forever)
     */
    public MirrorWriter(FastTier fast, CopyClock clock, int windowSize, Duration idleTtl) {
        this.fast = fast;
        this.known = new KnownCopies(idleTtl);
        this.mover = new CopyMover(clock, windowSize, known);
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
            known.forget(session.id());
            fast.invalidateLater(session.id());
        }
    }

    /** @param id a session created, deleted or trimmed in the durable tier: its copy is marked stale */
    public void invalidate(SessionId id) {
        if (Cacheable.not(id)) {
            return;
        }
        if (fast.call(store -> poison(store, id)).isEmpty()) {
            known.forget(id);
            fast.invalidateLater(id);
        }
    }

    private Boolean apply(SessionStore store, ChatSession session, List<ChatMessage> messages) {
        Optional<CopyState> last = known.recall(session, messages, fast.epoch());
        if (last.isPresent()) {
            try {
                return mover.extend(store, last.get(), session, messages) || poison(store, session.id());
            } catch (VersionConflictException | SessionNotFoundException e) {
                known.forget(session.id()); // the copy moved or went since this instance's last write: look at it
            }
        }
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
        if (copy.lastSeq() + window.offset() != window.last() || !contiguous
                || !mover.extend(store, new CopyState(copy.id(), copy.version(), copy.lastSeq(), state), session,
                        messages)) {
            return poison(store, copy.id());
        }
        return true;
    }

    /** @return whether the copy must be left alone: already at this write's version or newer */
    private boolean alreadyCurrent(MirrorState state, ChatSession session) {
        if (state.version() >= session.version()) {
            fast.readings().staleWrite();
            return true;
        }
        return false;
    }

    private boolean poison(SessionStore store, SessionId id) {
        known.forget(id);
        Stamp.poison(store, id);
        return true;
    }
}
