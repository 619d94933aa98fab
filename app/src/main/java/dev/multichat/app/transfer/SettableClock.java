package dev.multichat.app.transfer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock that tells the system time unless pinned to an instant. A copy pins it to the
 * source's times before each write, so the target store stamps the copy with the original
 * {@code createdAt} and message times through the public API. Thread-safe (volatile).
 */
public final class SettableClock extends Clock {

    private volatile Instant pinned;

    /**
     * Pins the clock, or unpins it.
     *
     * @param instant the instant to tell, or {@code null} for the system time
     */
    public void pin(Instant instant) {
        this.pinned = instant;
    }

    @Override
    public Instant instant() {
        Instant now = pinned;
        return now == null ? Instant.now() : now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (!ZoneOffset.UTC.equals(zone)) {
            throw new UnsupportedOperationException("this clock tells UTC only");
        }
        return this;
    }
}
