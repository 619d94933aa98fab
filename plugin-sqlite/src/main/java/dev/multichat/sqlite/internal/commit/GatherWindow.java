package dev.multichat.sqlite.internal.commit;

/**
 * How long the {@link GroupCommit} leader waits for a batch's writers to come back with their
 * next writes. The base is half the previous transaction (waiting longer than that costs more
 * than the commit it saves); it stretches when the writers come back later than that, as they
 * do when each write is a request of a remote client whose next request follows only after the
 * answer crossed the network (over HTTP, a batch's callers return a whole round trip later, so a
 * window of half a local transaction gathered only about 3 of 8 writers).
 *
 * <p>It learns from each gathering: writes arrived but too few before the deadline means they
 * are on their way, so the next window doubles; none arrived means the burst is over, so the
 * learned stretch halves; the count reached keeps it, shrinking it by an eighth so that it
 * follows writers that come back sooner again. Never over {@link #MAX_NANOS}, so the latency a
 * write can pay for company stays bounded whatever the load.
 *
 * <p>Used by the leader only, under the writer lock: not thread-safe, and needs none.
 */
final class GatherWindow {
    /** The longest gathering, whatever the last transaction took (it may have waited on a lock). */
    static final long MAX_NANOS = 1_000_000;

    private long learned;

    /**
     * @param lastTransactionNanos how long the previous transaction took
     * @return how long the next gathering may wait, in nanoseconds
     */
    long nanos(long lastTransactionNanos) {
        return Math.min(Math.max(lastTransactionNanos / 2, learned), MAX_NANOS);
    }

    /**
     * Learns from one gathering.
     *
     * @param window the window it was given ({@link #nanos})
     * @param before how many writes were queued when it began
     * @param after how many were queued when it ended
     * @param wanted how many it waited for
     */
    void gathered(long window, int before, int after, int wanted) {
        if (after >= wanted) {
            learned -= learned / 8;
        } else if (after > before) {
            learned = Math.min(window * 2, MAX_NANOS);
        } else {
            learned /= 2;
        }
    }
}
