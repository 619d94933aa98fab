package dev.multichat.internal;

import dev.multichat.api.ProviderInfo;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreConfig;
import java.util.List;

/** Placeholder: the provider registry (built out in the core-api work). */
public final class Registry {
    private static final Registry GLOBAL = new Registry();

    /** @return the registry of the context class loader's plugins */
    public static Registry global() {
        return GLOBAL;
    }

    /**
     * @param config what to open
     * @return the store
     */
    public SessionStore open(StoreConfig config) {
        throw new UnsupportedOperationException("not built yet: " + config.uri());
    }

    /** @return the providers */
    public List<ProviderInfo> providers() {
        return List.of();
    }
}
