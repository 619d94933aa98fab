package dev.multichat.api;

import dev.multichat.internal.Registry;
import java.util.List;

/**
 * Opens stores by URI through the storage plugins on the classpath. The plugins are found
 * once, with {@link java.util.ServiceLoader}, on first use. Thread-safe.
 *
 * <pre>{@code
 * try (SessionStore store = SessionStores.open("sqlite:data/chats.db")) { ... }
 * }</pre>
 *
 * <p>The returned store is wrapped by the core: it validates every argument against the
 * configured {@link StoreLimits}, hides expired sessions, records each operation in the
 * configured {@link StoreMetrics}, and fails with {@link StoreClosedException} after close.
 */
public final class SessionStores {
    private SessionStores() {
    }

    /**
     * @param uri e.g. {@code memory:}, {@code sqlite:data/chats.db}, {@code json:/var/lib/chats}
     * @return an open store with default clock, limits and no metrics
     * @throws InvalidInputException if the URI is malformed, its scheme has no plugin on the
     *     classpath (the message names the schemes present and the artifact to add), or an
     *     option is unknown (the message names the options that exist)
     * @throws StoreException if the plugin's configuration is broken or the backend cannot be
     *     opened
     */
    public static SessionStore open(String uri) {
        return open(StoreConfig.of(uri));
    }

    /**
     * @param config URI, options, clock, limits and metrics
     * @return an open store
     * @throws InvalidInputException see {@link #open(String)}
     * @throws StoreException if the plugin's configuration is broken or the backend cannot be
     *     opened
     */
    public static SessionStore open(StoreConfig config) {
        return Registry.global().open(config);
    }

    /** @return every plugin found on the classpath, by scheme */
    public static List<ProviderInfo> providers() {
        return Registry.global().providers();
    }
}
