package dev.multichat.internal.feed;

import dev.multichat.spi.ChangeSignals;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts a store's live subscriptions (session and owner feeds) and tells the backend's
 * {@link ChangeSignals} when the first one starts and when the last one ends
 * ({@link ChangeSignals#wanted}), so a backend can listen for other stores' hints only while
 * something here is followed. The first subscription's call runs before that subscription's
 * first read (a source that subscribes then misses no hint the read does not cover).
 * Thread-safe.
 */
final class FeedDemand {
    private final ChangeSignals signals;
    private int live;

    /** @param signals the backend's change hints */
    FeedDemand(ChangeSignals signals) {
        this.signals = signals;
    }

    /**
     * Counts one subscription more; the first tells the signals they are wanted (and waits for
     * that call).
     *
     * @return gives the subscription's share back: the first call counts, later ones do nothing
     */
    Runnable acquire() {
        synchronized (this) {
            if (live++ == 0) {
                signals.wanted(true);
            }
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                release();
            }
        };
    }

    /** @return how many subscriptions are live */
    synchronized int live() {
        return live;
    }

    private synchronized void release() {
        if (--live == 0) {
            signals.wanted(false);
        }
    }
}
