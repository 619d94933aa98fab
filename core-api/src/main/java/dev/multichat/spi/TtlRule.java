package dev.multichat.spi;

import dev.multichat.api.SessionPatch;
import dev.multichat.api.Ttl;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When a session expires, the same on every backend. An absolute TTL counts from the moment
 * it is set (create, or an update that sets a TTL); a sliding TTL restarts on every write
 * (an append, an update, a trim that removed something); {@link Ttl#NONE} never expires. Reads,
 * replayed appends and refused writes change nothing. Stateless.
 */
public final class TtlRule {
    private TtlRule() {
    }

    /**
     * @param ttl the new session's TTL
     * @param now the creation time
     * @return when it expires, or null for never
     */
    public static @Nullable Instant atCreate(Ttl ttl, Instant now) {
        return ttl.expiryFrom(now);
    }

    /**
     * @param ttl the session's TTL
     * @param now the time of the write (an append or a trim that removed something)
     * @param expiresAt the expiry before the write, or null for never
     * @return the expiry after it: restarted if the TTL slides, otherwise unchanged
     */
    public static @Nullable Instant afterWrite(Ttl ttl, Instant now, @Nullable Instant expiresAt) {
        return ttl.sliding() ? ttl.expiryFrom(now) : expiresAt;
    }

    /**
     * @param patch the update
     * @param ttl the session's TTL after the update ({@link SessionPatch#applyTo} applied)
     * @param now the time of the update
     * @param expiresAt the expiry before the update, or null for never
     * @return the expiry after it: counted from {@code now} if the patch sets a TTL, otherwise
     *     as after any write
     */
    public static @Nullable Instant afterPatch(SessionPatch patch, Ttl ttl, Instant now,
                                               @Nullable Instant expiresAt) {
        return patch.ttl() != null ? patch.ttl().expiryFrom(now) : afterWrite(ttl, now, expiresAt);
    }
}
