package dev.multichat.internal;

import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreConfig;
import dev.multichat.internal.feed.FeedHub;
import dev.multichat.internal.feed.FeedTiming;
import dev.multichat.spi.StoreParts;
import java.time.Duration;

/** Composes the {@link SessionStore} users see from a provider's {@link StoreParts}. */
final class StoreComposer {
    private StoreComposer() {
    }

    /**
     * Composes with the default feed timing ({@link FeedTiming#DEFAULT}).
     *
     * @param parts what the provider opened
     * @param config the effective config
     * @param closeWait how long close waits for calls in flight
     * @return the guarded store
     */
    static SessionStore compose(StoreParts parts, StoreConfig config, Duration closeWait) {
        return compose(parts, config, closeWait, FeedTiming.DEFAULT);
    }

    /**
     * @param parts what the provider opened
     * @param config the effective config (limits, metrics, URI for the store's name)
     * @param closeWait how long close waits for calls in flight
     * @param feed the change feed's check period and pace
     * @return the guarded store
     */
    static SessionStore compose(StoreParts parts, StoreConfig config, Duration closeWait, FeedTiming feed) {
        Guard guard = new Guard(config.uri().toString(), config.metrics(), closeWait);
        InputValidator validator = new InputValidator(config.limits());
        GuardedCatalog catalog = new GuardedCatalog(parts.catalog(), validator, guard);
        GuardedLog log = new GuardedLog(parts.messages(), parts.catalog(), validator, guard);
        FeedHub hub = new FeedHub(catalog, log, config.clock(), parts.signals(), feed);
        return new GuardedStore(new HintingCatalog(catalog, hub), new HintingLog(log, hub),
                new FeedLifecycle(hub, parts.lifecycle()), guard, hub);
    }
}
