package dev.multichat.hybrid.internal.tier;

import dev.multichat.api.Expect;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import java.util.Map;

/**
 * The metadata keys that stamp a cached copy in the fast tier, and the one operation every
 * part needs: marking a copy stale (so no reader trusts it and any refill under way fails its
 * version check). Stateless.
 */
public final class Stamp {
    /** {@code ok}, {@code filling} or {@code stale}. */
    public static final String STATE = "hybrid.state";
    /** The epoch the copy was written in. */
    public static final String EPOCH = "hybrid.epoch";
    /** The id of the fast tier's epoch record; a durable session with this id is never cached. */
    public static final String EPOCH_SESSION = "hybrid.epoch";

    private Stamp() {
    }

    /**
     * Marks the copy of {@code id} stale (any version: it only ever makes readers go to the
     * durable tier). A copy that does not exist is left absent.
     *
     * @param fast the fast tier
     * @param id the session
     */
    public static void poison(SessionStore fast, SessionId id) {
        try {
            fast.update(id, SessionPatch.metadata(Map.of(STATE, "stale")), Expect.any());
        } catch (SessionNotFoundException e) {
            // nothing cached: nothing to invalidate
        }
    }
}
