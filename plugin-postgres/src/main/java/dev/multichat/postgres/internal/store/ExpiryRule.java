package dev.multichat.postgres.internal.store;

import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionPatch;
import java.time.Instant;

/**
 * The TTL rule, until the spi's shared rule lands: a patch that sets a TTL restarts it from
 * the patch; otherwise a write restarts a sliding TTL and leaves an absolute one.
 */
final class ExpiryRule {
    private ExpiryRule() {
    }

    static Instant afterPatch(SessionPatch patch, SessionInfo info, Instant at, Instant expiresAt) {
        if (patch.ttl() != null) {
            return patch.ttl().expiryFrom(at);
        }
        return info.ttl().sliding() ? info.ttl().expiryFrom(at) : expiresAt;
    }
}
