package dev.multichat.tck.example;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.spi.StoreProvider;

/**
 * The plugin guide's example provider for the {@code example:} scheme. It shows the wiring
 * only (a public class with a no-argument constructor, listed in
 * {@code META-INF/services/dev.multichat.spi.StoreProvider}); its storage is the memory store.
 */
public final class ExampleStoreProvider implements StoreProvider {
    @Override
    public String scheme() {
        return "example";
    }

    @Override
    public String description() {
        return "example store for the plugin guide (keeps sessions in memory)";
    }

    @Override
    public SessionStore open(StoreConfig config) {
        return SessionStores.open(StoreConfig.of("memory:").withClock(config.clock()));
    }
}
