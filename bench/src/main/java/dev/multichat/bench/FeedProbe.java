package dev.multichat.bench;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the probe subscriber of {@link FeedSetup} received last (the highest seq, and when),
 * written by a delivery thread and read by the benchmark thread. Both values sit in the middle
 * of an array of {@link #SLOTS} longs, at least a cache line away from anything else, so that
 * the probe's writes (one per delivery) do not invalidate the line holding the fields the
 * benchmark thread reads on every append (the store, the session id): a false sharing that
 * would charge the benchmark's own bookkeeping to the feed.
 */
final class FeedProbe {
    private static final int SLOTS = 32;
    private static final int SEQ = SLOTS / 2;
    private static final int AT = SEQ + 1;
    private final AtomicLongArray values = new AtomicLongArray(SLOTS);

    /**
     * Delivery thread.
     *
     * @param seq the highest seq received
     * @param at when ({@link System#nanoTime()})
     */
    void received(long seq, long at) {
        values.set(AT, at);
        values.set(SEQ, seq); // last: a reader that sees the seq sees its time
    }

    /** @return the highest seq received, 0 before any */
    long seq() {
        return values.get(SEQ);
    }

    /** @return when the highest seq was received ({@link System#nanoTime()}) */
    long at() {
        return values.get(AT);
    }
}
