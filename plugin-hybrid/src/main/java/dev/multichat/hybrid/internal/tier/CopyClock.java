package dev.multichat.hybrid.internal.tier;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The fast tier's clock: the store's clock, except inside {@link #pinned}, where it answers the
 * given instant on the calling thread. A writer appends a durable message to its cached copy
 * with the clock pinned to the message's durable timestamp, so the copy's message carries that
 * timestamp itself and a reader returns it as it is, without a reserved attribute to decode.
 * A fast tier that takes its timestamps elsewhere is caught by the writer (the appended
 * message's time differs: {@link #ignored}), after which every copy message carries the
 * durable time in an attribute again. Thread-safe.
 */
public final class CopyClock extends Clock {
    private final Clock base;
    private final ThreadLocal<Instant> pin = new ThreadLocal<>();
    private static final int UNKNOWN = 0;
    private static final int HONOURED = 1;
    private static final int IGNORED = -1;
    private final AtomicInteger seen = new AtomicInteger(UNKNOWN);

    /** @param base the store's clock */
    public CopyClock(Clock base) {
        this.base = base;
    }

    /**
     * @param at the instant the clock answers on this thread during the call
     * @param call the fast-tier call (an append)
     * @param <T> its result
     * @return its result
     */
    public <T> T pinned(Instant at, Supplier<T> call) {
        pin.set(at);
        try {
            return call.get();
        } finally {
            pin.remove();
        }
    }

    /** @return whether the fast tier was seen stamping a message with another time than the pinned one */
    public boolean ignored() {
        return seen.get() == IGNORED;
    }

    /** @return whether the fast tier was seen keeping the pinned time, and never seen ignoring it */
    public boolean honoured() {
        return seen.get() == HONOURED;
    }

    /** The fast tier stamped an appended message with the pinned time (unless it was seen ignoring it). */
    public void honour() {
        seen.compareAndSet(UNKNOWN, HONOURED);
    }

    /** The fast tier stamped an appended message with another time than the pinned one: never pin again. */
    public void ignore() {
        seen.set(IGNORED);
    }

    @Override
    public Instant instant() {
        Instant pinnedAt = pin.get();
        return pinnedAt == null ? base.instant() : pinnedAt;
    }

    @Override
    public long millis() {
        Instant pinnedAt = pin.get();
        return pinnedAt == null ? base.millis() : pinnedAt.toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return base.withZone(zone);
    }
}
