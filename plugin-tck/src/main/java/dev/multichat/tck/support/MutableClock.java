package dev.multichat.tck.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that tests set and advance by hand, so expiry and ordering are decided by
 * the test, never by the wall clock. Thread-safe: any thread may read, set or advance it.
 * Views made with {@link #withZone} share the same time.
 */
public final class MutableClock extends Clock {
    /** Where every new clock starts: a fixed, whole-millisecond instant in the future. */
    public static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /** A clock at {@link #START}, in UTC. */
    public MutableClock() {
        this(START);
    }

    /**
     * @param start the first instant the clock shows
     */
    public MutableClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /**
     * @param instant what the clock shows from now on (it may go backwards)
     */
    public void set(Instant instant) {
        now.set(java.util.Objects.requireNonNull(instant, "instant"));
    }

    /**
     * @param step how far to move the clock forward
     * @return the new time
     */
    public Instant advance(Duration step) {
        return now.updateAndGet(current -> current.plus(step));
    }
}
