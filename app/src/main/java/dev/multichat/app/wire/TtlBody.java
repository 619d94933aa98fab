package dev.multichat.app.wire;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.Ttl;
import java.time.Duration;

/**
 * A TTL on the wire: {@code {"seconds": 3600, "sliding": false}}; {@code seconds} 0 means none.
 *
 * @param seconds the time to live in whole seconds, 0 for none
 * @param sliding whether each write restarts it
 */
public record TtlBody(Long seconds, Boolean sliding) {

    /**
     * The model's TTL.
     *
     * @return the TTL
     * @throws InvalidInputException when {@code seconds} is missing or negative
     */
    public Ttl toTtl() {
        if (seconds == null || seconds < 0) {
            throw new InvalidInputException("ttl.seconds must be a whole number of seconds, 0 for none");
        }
        if (seconds == 0) {
            return Ttl.NONE;
        }
        Duration duration = Duration.ofSeconds(seconds);
        return Boolean.TRUE.equals(sliding) ? Ttl.sliding(duration) : Ttl.absolute(duration);
    }

    /**
     * The wire form of a model TTL.
     *
     * @param ttl the TTL
     * @return its body, or {@code null} for none
     */
    public static TtlBody of(Ttl ttl) {
        return ttl.isNone() ? null : new TtlBody(ttl.duration().toSeconds(), ttl.sliding());
    }
}
