package dev.multichat.api;

import dev.multichat.internal.Require;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the store keeps about a session. Times have millisecond precision.
 *
 * @param createdAt when it was created
 * @param updatedAt its latest write (create, append, update or trim); sessions are listed by
 *     this, newest first
 * @param expiresAt when it expires, or null for never
 * @param version starts at 1 and grows by one with every write; see {@link Expect}
 * @param lastSeq the seq of the newest message ever appended, 0 if none (trim keeps it)
 */
public record SessionState(Instant createdAt, Instant updatedAt, @Nullable Instant expiresAt, long version,
                           long lastSeq) {
    /**
     * @throws InvalidInputException if a time is missing or a counter is out of range
     */
    public SessionState {
        Require.nonNull(createdAt, "createdAt");
        Require.nonNull(updatedAt, "updatedAt");
        Require.argument(version >= 1, "version must be at least 1, got %d", version);
        Require.argument(lastSeq >= 0, "lastSeq must not be negative, got %d", lastSeq);
    }

    /**
     * @param now the current time
     * @return whether the session is expired at {@code now}
     */
    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
