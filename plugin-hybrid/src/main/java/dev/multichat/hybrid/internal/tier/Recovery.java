package dev.multichat.hybrid.internal.tier;

import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the fast tier must go through before it is used again after a failure: every session
 * whose cached copy could not be updated is marked stale, and a new epoch is drawn (the fast
 * tier may have restarted from an old snapshot); on every call the epoch record is read again, so a
 * renewal by another instance is seen at once. It runs inside the breaker's permitted calls,
 * so the circuit cannot close before it has succeeded. Thread-safe.
 */
final class Recovery {
    private final Epoch epoch;
    private final Set<SessionId> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean renewEpoch;

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

    /** Invalidates what changed during an outage and refreshes the epoch; throws if the fast tier fails. */
    void runIfNeeded(SessionStore fast) {
        if (renewEpoch) {
            epoch.renew(fast);
            renewEpoch = false;
        }
        Iterator<SessionId> each = pending.iterator();
        while (each.hasNext()) {
            SessionId id = each.next();
            Stamp.poison(fast, id);
            each.remove();
        }
        epoch.refresh(fast);
    }
}
