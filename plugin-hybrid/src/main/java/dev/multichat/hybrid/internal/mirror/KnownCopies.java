package dev.multichat.hybrid.internal.mirror;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each session's cached copy as this instance's last write left it, so that the next write can
 * move the copy forward in one fast-tier call (its append and stamp, expecting the remembered
 * copy version) instead of reading it first. A remembered state is used only when it is exactly
 * what the write continues: this instance's epoch, the durable version just before the write,
 * the durable seq just before its messages. If the copy moved meanwhile (another instance, a
 * refill, a stale mark), the fast tier's version check refuses the call and the writer reads
 * the copy as before.
 *
 * <p>The version check identifies the copy only while the copy is the same one: a copy that
 * disappeared and was filled again starts its versions over. In one epoch a copy disappears
 * only when it expired (idle TTL); a fast tier that lost data comes back with a new epoch (a
 * failed call, a changed connection count), and a state of another epoch is never used. So a
 * state is used only for half the idle TTL after the write that left it (that write slid the
 * copy's expiry a whole TTL ahead). At most {@value #MOST} sessions are remembered (past that,
 * the memory starts over). Thread-safe.
 */
final class KnownCopies {
    /** Most sessions remembered. */
    static final int MOST = 10_000;

    private final Map<SessionId, Entry> known = new ConcurrentHashMap<>();
    private final long lifeNanos;

    /** @param idleTtl how long a copy lives without a write (zero: forever) */
    KnownCopies(Duration idleTtl) {
        this.lifeNanos = idleTtl.isZero() ? Long.MAX_VALUE : idleTtl.dividedBy(2).toNanos();
    }

    /**
     * @param session the durable session after a write
     * @param messages the messages that write appended (empty for a patch)
     * @param epoch this instance's epoch
     * @return the copy as this instance left it, if the write continues exactly that state
     */
    Optional<CopyState> recall(ChatSession session, List<ChatMessage> messages, String epoch) {
        Entry entry = known.get(session.id());
        if (entry == null || System.nanoTime() - entry.at() > lifeNanos) {
            return Optional.empty();
        }
        MirrorState state = entry.copy().state();
        long last = state.window().last();
        boolean continues = messages.isEmpty() ? session.lastSeq() == last : messages.get(0).seq() == last + 1;
        if (!continues || state.version() != session.version() - 1 || !state.epoch().equals(epoch)) {
            return Optional.empty();
        }
        return Optional.of(entry.copy());
    }

    /**
     * @param copy the copy as a write of this instance left it (its time is taken before the
     *     caller's call was sent, so that its expiry is at least a whole idle TTL after it)
     * @param sentAt {@link System#nanoTime()} before the call that left it was sent
     */
    void remember(CopyState copy, long sentAt) {
        if (known.size() >= MOST) {
            known.clear();
        }
        // two threads of this instance writing one session may remember out of order: an older
        // copy version only makes the next write's version check fail (the copy's versions never
        // come back), and that write reads the copy instead
        known.put(copy.id(), new Entry(copy, sentAt));
    }

    /** @param id a session whose copy this instance no longer knows (marked stale, failed, trimmed) */
    void forget(SessionId id) {
        known.remove(id);
    }

    /** One remembered copy and when the write that left it was sent. */
    private record Entry(CopyState copy, long at) {
    }
}
