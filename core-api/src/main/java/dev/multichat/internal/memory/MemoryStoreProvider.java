package dev.multichat.internal.memory;

import dev.multichat.api.StoreConfig;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;

/**
 * Serves {@code memory:}: a fresh, empty, in-process store on every open, the reference
 * behaviour of every guarantee of {@link dev.multichat.api.SessionStore}. Anything after {@code memory:} is a
 * label (it shows in the store's name and metrics) and does not share data: two opens of
 * {@code memory:a} are two separate stores. Not durable. Public only for
 * {@link java.util.ServiceLoader}.
 */
public final class MemoryStoreProvider implements StoreProvider {
    /** The scheme served. */
    public static final String SCHEME = "memory";

    /** Called by {@link java.util.ServiceLoader}. */
    public MemoryStoreProvider() {
        // stateless
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public String description() {
        return "in-process reference store (tests, demos; not durable)";
    }

    @Override
    public StoreParts open(StoreConfig config) {
        MemorySessions sessions = new MemorySessions(config.clock(), config.uri().toString());
        return new StoreParts(new MemoryCatalog(sessions), new MemoryLog(sessions), sessions);
    }
}
