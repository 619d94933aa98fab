package dev.multichat.tck.support;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import java.util.Set;

/**
 * For a plugin's own tests: opens a store through the plugin's provider, wrapped by the core as
 * users get it, and keeps the parts the provider returned, so the test can reach its backend
 * (for example to run an expiry sweep now). Not thread-safe: one open per instance.
 */
public final class KeepingProvider implements StoreProvider {
    private final StoreProvider real;
    private StoreParts parts;

    private KeepingProvider(StoreProvider real) {
        this.real = real;
    }

    /**
     * @param real the plugin's provider
     * @param config what to open
     * @return the store and the parts behind it
     */
    public static Opened open(StoreProvider real, StoreConfig config) {
        KeepingProvider keeping = new KeepingProvider(real);
        SessionStore store = SessionStores.open(config, keeping);
        return new Opened(store, keeping.parts);
    }

    @Override
    public String scheme() {
        return real.scheme();
    }

    @Override
    public Set<String> options() {
        return real.options();
    }

    @Override
    public boolean fileBased() {
        return real.fileBased();
    }

    @Override
    public StoreParts open(StoreConfig config) {
        parts = real.open(config);
        return parts;
    }

    /**
     * A store as users get it, and the backend parts behind it.
     *
     * @param store the guarded store; close it when done
     * @param parts what the provider returned
     */
    public record Opened(SessionStore store, StoreParts parts) {
        /**
         * @param type the backend's lifecycle class
         * @param <T> that class
         * @return the lifecycle part, cast
         */
        public <T> T lifecycle(Class<T> type) {
            return type.cast(parts.lifecycle());
        }
    }
}
