package dev.multichat.tck.example;

import dev.multichat.api.StoreConfig;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;

/**
 * The plugin guide's example provider for the {@code example:} scheme: a public class with a
 * no-argument constructor, listed in {@code META-INF/services/dev.multichat.spi.StoreProvider},
 * whose {@code open} builds the store's three parts around one shared storage object.
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
    public StoreParts open(StoreConfig config) {
        ExampleStorage storage = new ExampleStorage(config.clock(), config.uri().toString());
        return new StoreParts(new ExampleCatalog(storage), new ExampleLog(storage), storage);
    }
}
