package dev.multichat.internal;

import dev.multichat.api.StoreHealth;
import dev.multichat.internal.feed.FeedHub;
import dev.multichat.spi.StoreLifecycle;

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
    public void close() {
        try {
            feed.close();
        } finally {
            backend.close();
        }
    }
}
