package dev.multichat.hybrid.internal.mirror;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionView;
import dev.multichat.hybrid.internal.tier.FastTier;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Serves tail and after-seq reads from a session's cached copy when the copy is trusted (current
 * epoch, committed, not expired) and holds the whole answer; a miss refills the copy (single
 * flight) and tries once more; anything older than the window, and whole-history reads, go to
 * the durable tier. A tail reads the copy's stamp and messages in one fast-tier call
 * ({@link SessionStore#view}: one round trip on Redis); an after-seq read reads the stamp, then the
 * range. A tail never goes back behind one this instance answered through the durable tier
 * ({@link TailFloors}). Thread-safe.
 */
public final class WindowReader {
    private final FastTier fast;
    private final SessionStore durable;
    private final Refill refill;
    private final Clock clock;
    private final TailFloors floors = new TailFloors();

    /**
     * @param fast the fast tier
     * @param durable the durable tier
     * @param refill the refill
     * @param clock the store's clock (for the durable session's expiry)
     */
    public WindowReader(FastTier fast, SessionStore durable, Refill refill, Clock clock) {
        this.fast = fast;
        this.durable = durable;
        this.refill = refill;
        this.clock = clock;
    }

    /**
     * @param id the session
     * @param range what to read
     * @return the messages, as the durable tier would return them
     */
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        if (range.kind() == MessageRange.Kind.ALL || Cacheable.not(id)) {
            return throughDurable(id, range);
        }
        Lookup first = floors.check(id, range, lookup(id, range));
        fast.readings().read(first.messages() != null);
        if (first.messages() != null) {
            return first.messages();
        }
        if (first.refill()) {
            refill.run(id);
            Lookup second = floors.check(id, range, lookup(id, range));
            if (second.messages() != null) {
                return second.messages();
            }
        }
        return throughDurable(id, range);
    }

    private List<ChatMessage> throughDurable(SessionId id, MessageRange range) {
        fast.readings().readThrough();
        List<ChatMessage> answer = durable.read(id, range);
        floors.answeredByDurable(id, range, answer);
        return answer;
    }

    private Lookup lookup(SessionId id, MessageRange range) {
        return fast.call(store -> fromCopy(store, id, range)).orElse(Lookup.DURABLE);
    }

    private Lookup fromCopy(SessionStore store, SessionId id, MessageRange range) {
        if (range.kind() == MessageRange.Kind.TAIL) {
            Optional<SessionView> view = store.view(id, range);
            return view.isPresent() ? fromView(view.get(), range.limit()) : Lookup.MISS;
        }
        Optional<ChatSession> copy = store.find(id);
        Optional<MirrorState> state = copy.flatMap(MirrorCodec::read);
        if (state.isEmpty() || otherEpoch(state.get())) {
            return Lookup.MISS;
        }
        if (state.get().expiresAt() != null && !clock.instant().isBefore(state.get().expiresAt())) {
            return Lookup.DURABLE;
        }
        Window window = state.get().window();
        long from = range.kind() == MessageRange.Kind.TAIL ? window.tailStart(range.limit())
                : afterStart(window, range.afterSeq());
        if (from < 0) {
            return Lookup.DURABLE;
        }
        long count = Math.min(range.limit(), window.last() - from + 1);
        if (count <= 0) {
            return new Lookup(List.of(), false);
        }
        List<ChatMessage> cached = store.read(id, MessageRange.after(from - window.offset() - 1, (int) count));
        return found(MessageCodec.decode(cached, window.offset(), from, from + count - 1));
    }

    /**
     * A tail from one view of the copy: its stamp and its own newest messages together. Messages
     * a writer appended but has not stamped yet (newer than the stamp's last seq) are left out; if
     * that leaves fewer than the stamp promises, the read misses (and refills), as a gap would.
     */
    private Lookup fromView(SessionView view, int n) {
        Optional<MirrorState> state = MirrorCodec.read(view.session());
        if (state.isEmpty() || otherEpoch(state.get())) {
            return Lookup.MISS;
        }
        if (state.get().expiresAt() != null && !clock.instant().isBefore(state.get().expiresAt())) {
            return Lookup.DURABLE;
        }
        Window window = state.get().window();
        long from = window.tailStart(n);
        if (from < 0) {
            return Lookup.DURABLE;
        }
        long count = window.last() - from + 1;
        if (count <= 0) {
            return new Lookup(List.of(), false);
        }
        return found(MessageCodec.decode(view.messages(), window.offset(), from, window.last()));
    }

    private static Lookup found(Optional<List<ChatMessage>> messages) {
        return messages.isPresent() ? new Lookup(messages.get(), false) : Lookup.MISS;
    }

    /** @return whether the copy carries another epoch (then the next call re-reads the epoch record) */
    private boolean otherEpoch(MirrorState state) {
        if (state.epoch().equals(fast.epoch())) {
            return false;
        }
        fast.recheckEpoch();
        return true;
    }

    private static long afterStart(Window window, long afterSeq) {
        if (afterSeq >= window.last()) {
            return window.last() + 1; // nothing after it; afterSeq + 1 would overflow at Long.MAX_VALUE
        }
        long from = afterSeq + 1;
        if (from >= window.first()) {
            return from;
        }
        return window.complete() ? window.first() : -1;
    }
}
