package dev.multichat.internal;

import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreConfig;
import dev.multichat.internal.feed.FeedHub;
import dev.multichat.spi.StoreParts;
import java.time.Duration;

/** Composes the {@link SessionStore} users see from a provider's {@link StoreParts}. */
final class StoreComposer {
    private StoreComposer() {
    }

    /**
     * Composes with the default feed check ({@link CoreOptions#DEFAULT_FEED_CHECK}).
     *
     * @param parts what the provider opened
     * @param config the effective config
     * @param closeWait how long close waits for calls in flight
     * @return the guarded store
     */
    static SessionStore compose(StoreParts parts, StoreConfig config, Duration closeWait) {
        return compose(parts, config, closeWait, CoreOptions.DEFAULT_FEED_CHECK);
    }

    /**
     * @param parts what the provider opened
     * @param config the effective config (limits, metrics, URI for the store's name)
     * @param closeWait how long close waits for calls in flight
     * @param feedCheck the period of the change feed's periodic check
     * @return the guarded store
     */
    static SessionStore compose(StoreParts parts, StoreConfig config, Duration closeWait, Duration feedCheck) {
        Guard guard = new Guard(config.uri().toString(), config.metrics(), closeWait);
        InputValidator validator = new InputValidator(config.limits());
        GuardedCatalog catalog = new GuardedCatalog(parts.catalog(), validator, guard);
        GuardedLog log = new GuardedLog(parts.messages(), parts.catalog(), validator, guard);
        FeedHub feed = new FeedHub(catalog, log, config.clock(), parts.signals(), feedCheck);
        return new GuardedStore(new HintingCatalog(catalog, feed), new HintingLog(log, feed),
                new FeedLifecycle(feed, parts.lifecycle()), guard, feed);
    }
}
