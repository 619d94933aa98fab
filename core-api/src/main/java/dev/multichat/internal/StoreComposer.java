package dev.multichat.internal;

import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreConfig;
import dev.multichat.spi.StoreParts;
import java.time.Duration;

/** Composes the {@link SessionStore} users see from a provider's {@link StoreParts}. */
final class StoreComposer {
    private StoreComposer() {
    }

    /**
     * @param parts what the provider opened
     * @param config the effective config (limits, metrics, URI for the store's name)
     * @param closeWait how long close waits for calls in flight
     * @return the guarded store
     */
    static SessionStore compose(StoreParts parts, StoreConfig config, Duration closeWait) {
        Guard guard = new Guard(config.uri().toString(), config.metrics(), closeWait);
        InputValidator validator = new InputValidator(config.limits());
        return new GuardedStore(new GuardedCatalog(parts.catalog(), validator, guard),
                new GuardedLog(parts.messages(), validator, guard), parts.lifecycle(), guard);
    }
}
