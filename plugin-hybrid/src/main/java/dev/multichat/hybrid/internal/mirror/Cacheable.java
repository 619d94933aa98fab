package dev.multichat.hybrid.internal.mirror;

import dev.multichat.api.SessionId;
import dev.multichat.hybrid.internal.tier.Stamp;

/** Which sessions may have a cached copy: all but the one whose id is the epoch record's. Stateless. */
final class Cacheable {
    private Cacheable() {
    }

    static boolean not(SessionId id) {
        return Stamp.EPOCH_SESSION.equals(id.value());
    }
}
