package dev.multichat.hybrid.internal.tier;

import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreUnavailableException;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the fast tier must go through before it is used: after a failed call, every session
 * whose cached copy could not be updated is marked stale and a new epoch is drawn (the fast tier
 * may have restarted from an old snapshot). A fast tier that counts its connection changes
 * ({@link Connections}) gets a new epoch whenever that count moved (a restarted server drops every
 * client's connection) and its epoch record is read only on first use and when a copy of another
 * epoch was seen (another instance renewed it); one that does not is re-read on every call, as
 * before. It runs inside the breaker's permitted calls, so the circuit cannot close before it
 * has succeeded. Thread-safe.
 */
final class Recovery {
    private final Epoch epoch;
    private final Set<SessionId> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean renewEpoch;
    private volatile boolean recheck;
    private volatile long validated = Connections.UNKNOWN;

    Recovery(Epoch epoch) {
        this.epoch = epoch;
    }

    Epoch epoch() {
        return epoch;
    }

    void invalidateLater(SessionId id) {
        pending.add(id);
    }

    /** A failed call: the fast tier may have lost writes, so the next call draws a new epoch. */
    void afterFailure() {
        renewEpoch = true;
    }

    /** A copy of another epoch was seen: the next call re-reads the epoch record. */
    void recheck() {
        recheck = true;
    }

    /**
     * Invalidates what changed during an outage and renews or re-reads the epoch as needed, then
     * runs the operation. The fast tier's connection count is read once, after the call, and
     * compared with the count this instance last validated (read before the call, a volatile
     * field): if it moved (a new connection since the validation or during the call), the answer
     * may come from a server that restarted meanwhile and is not used; the fast tier is validated
     * again (new epoch, pending invalidations) and the operation runs once more. Every write an
     * operation makes is a compare-and-set on the copy's version or a stale mark, so running it
     * again is safe; what the first run wrote carries the epoch that was just replaced.
     *
     * @param fast the fast tier
     * @param operation what to do on it
     * @param <T> its result
     * @return its result
     * @throws StoreUnavailableException if the fast tier failed, or its connection changed during both runs
     */
    <T> T run(SessionStore fast, Function<SessionStore, T> operation) {
        prepare(fast);
        long before = validated;
        T result = operation.apply(fast);
        if (before == Connections.UNKNOWN) {
            return result;
        }
        long after = Connections.changes(fast);
        if (after == before) {
            return result;
        }
        revalidate(fast, after);
        long again = validated;
        result = operation.apply(fast);
        if (Connections.changes(fast) != again) {
            throw new StoreUnavailableException("the fast tier's connection changed during the call (the server may"
                    + " have restarted): its answer is not used, and a new epoch is drawn before the next call");
        }
        return result;
    }

    private void prepare(SessionStore fast) {
        if (validated == Connections.UNKNOWN) {
            long changes = Connections.changes(fast);
            if (changes == Connections.UNKNOWN) {
                renewAndInvalidate(fast, false);
                epoch.refresh(fast);
                return;
            }
            revalidate(fast, changes);
        } else if (renewEpoch || recheck || !pending.isEmpty()) {
            revalidate(fast, Connections.changes(fast));
        }
    }

    private synchronized void revalidate(SessionStore fast, long changes) {
        boolean first = validated == Connections.UNKNOWN;
        renewAndInvalidate(fast, !first && changes > validated);
        if (first || recheck) {
            recheck = false;
            epoch.refresh(fast);
        }
        validated = Math.max(validated, changes);
    }

    private void renewAndInvalidate(SessionStore fast, boolean reconnected) {
        if (renewEpoch || reconnected) {
            epoch.renew(fast);
            renewEpoch = false;
        }
        Iterator<SessionId> each = pending.iterator();
        while (each.hasNext()) {
            SessionId id = each.next();
            Stamp.poison(fast, id);
            each.remove();
        }
    }
}
