package dev.multichat.internal;

import dev.multichat.api.StoreHealth;
import dev.multichat.api.StoreReading;
import dev.multichat.internal.feed.FeedHub;
import dev.multichat.spi.StoreLifecycle;
import java.util.List;

/** The backend's lifecycle, ending the change feed (every subscription, its threads) before releasing the backend. */
final class FeedLifecycle implements StoreLifecycle {
    private final FeedHub feed;
    private final StoreLifecycle backend;

    FeedLifecycle(FeedHub feed, StoreLifecycle backend) {
        this.feed = feed;
        this.backend = backend;
    }

    @Override
    public StoreHealth health() {
        return backend.health();
    }

    @Override
    public List<StoreReading> readings() {
        return backend.readings();
    }

    @Override
    public void close() {
        try {
            feed.close();
        } finally {
            backend.close();
        }
    }
}
