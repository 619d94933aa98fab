package dev.multichat.api;

import dev.multichat.internal.Require;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How long a session lives. {@link #NONE} never expires; an absolute TTL counts from the
 * moment it is set (create or update); a sliding TTL restarts on every write. An expired
 * session is invisible to every operation at once, on every backend.
 *
 * @param duration the lifetime, positive, at least one second; {@link Duration#ZERO} only in
 *     {@link #NONE}
 * @param sliding whether each write restarts the countdown
 */
public record Ttl(Duration duration, boolean sliding) {
    /** No expiry. */
    public static final Ttl NONE = new Ttl(Duration.ZERO, false);

    /**
     * @throws InvalidInputException if the duration is null, negative or below one second
     */
    public Ttl {
        Require.nonNull(duration, "ttl duration");
        Require.argument(duration.isZero() && !sliding || duration.compareTo(Duration.ofSeconds(1)) >= 0,
                "ttl %s is invalid: use at least 1 second, or Ttl.NONE for no expiry", duration);
    }

    /**
     * @param duration lifetime from the moment it is set
     * @return an absolute TTL
     */
    public static Ttl absolute(Duration duration) {
        return new Ttl(duration, false);
    }

    /**
     * @param duration lifetime from the latest write
     * @return a sliding TTL
     */
    public static Ttl sliding(Duration duration) {
        return new Ttl(duration, true);
    }

    /** @return whether this TTL never expires */
    public boolean isNone() {
        return duration.isZero();
    }

    /**
     * @param from the moment the countdown starts
     * @return when a session with this TTL expires, or null for never
     */
    public @Nullable Instant expiryFrom(Instant from) {
        return isNone() ? null : from.plus(duration);
    }
}
