package dev.multichat.tck;

import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.Ttl;
import dev.multichat.tck.support.MutableClock;
import java.time.Duration;
import java.time.Instant;

/** Sessions with a TTL, brought up to the edge of their expiry. */
final class Expiring {
    /** The TTL of the sample sessions. */
    static final Duration TTL = Duration.ofSeconds(10);

    private Expiring() {
    }

    /** @return an absolute or sliding TTL of {@link #TTL} */
    static Ttl ttl(boolean sliding) {
        return sliding ? Ttl.sliding(TTL) : Ttl.absolute(TTL);
    }

    /**
     * Creates session {@code id} with the TTL, appends two messages three seconds later, and
     * moves the clock to one millisecond before the session expires.
     *
     * @return the instant at which the session expires
     */
    static Instant nearExpiry(SessionStore store, MutableClock clock, String id, boolean sliding) {
        SessionId sessionId = store.create(NewSession.of(id, Samples.OWNER).withTtl(ttl(sliding))).id();
        clock.advance(Duration.ofSeconds(3));
        store.append(sessionId, Samples.drafts("m", 2));
        Instant expiresAt = store.find(sessionId).orElseThrow().state().expiresAt();
        clock.set(expiresAt.minusMillis(1));
        return expiresAt;
    }

    /**
     * Like {@link #nearExpiry} but moves the clock to exactly the expiry instant.
     *
     * @return the expired session's id
     */
    static SessionId expired(SessionStore store, MutableClock clock, boolean sliding) {
        clock.set(nearExpiry(store, clock, "s1", sliding));
        return SessionId.of("s1");
    }
}
