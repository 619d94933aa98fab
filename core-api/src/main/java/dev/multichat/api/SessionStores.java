package dev.multichat.api;

import dev.multichat.internal.Registry;
import dev.multichat.spi.StoreProvider;
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
 * configured {@link StoreLimits} before the backend sees it, records each operation's duration
 * and outcome in the configured {@link StoreMetrics}, and fails with
 * {@link StoreClosedException} after close. The backend gets the configured clock truncated to
 * milliseconds, so every timestamp it stores has millisecond precision.
 *
 * <p>Schemes: {@code memory:} is built in (each open is a new, empty, in-process store);
 * {@code json:}, {@code sqlite:}, {@code redis:}/{@code rediss:}/{@code redis-cluster:} and
 * {@code hybrid:} come with the {@code multichat-plugin-*} artifacts. The plugins are found
 * through the class loader that loaded this library (on the module path: every module that
 * {@code provides dev.multichat.spi.StoreProvider}), never a caller's context class loader; to
 * use a provider from elsewhere, pass it to {@link #open(StoreConfig, StoreProvider)}.
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
     * @throws PluginException if two plugins claim the scheme (the message names both classes
     *     and jars); a broken {@code META-INF/services} entry only takes out its own plugin (it
     *     is logged, and named in the error if its scheme is then missing)
     * @throws StoreException if the backend cannot be opened (for example
     *     {@link StoreUnavailableException} or {@link CorruptDataException})
     */
    public static SessionStore open(String uri) {
        return open(StoreConfig.of(uri));
    }

    /**
     * @param config URI, options, clock, limits and metrics
     * @return an open store
     * @throws InvalidInputException see {@link #open(String)}
     * @throws PluginException see {@link #open(String)}
     * @throws StoreException if the backend cannot be opened
     */
    public static SessionStore open(StoreConfig config) {
        return Registry.global().open(config);
    }

    /**
     * Opens a store with a provider instance given here, instead of the one found for the
     * scheme: for a provider from another class loader, or one configured in code. The store is
     * wrapped by the core exactly as {@link #open(String)} wraps it.
     *
     * @param config URI, options, clock, limits and metrics; its scheme must be the provider's
     * @param provider the provider
     * @return an open store
     * @throws InvalidInputException if the scheme is not the provider's or an option is unknown
     * @throws PluginException if the provider misbehaves (throws a non-{@link StoreException}
     *     or returns null)
     * @throws StoreException if the backend cannot be opened
     */
    public static SessionStore open(StoreConfig config, StoreProvider provider) {
        return Registry.global().open(config, provider);
    }

    /**
     * @return every plugin found on the classpath, sorted by scheme (a scheme claimed twice is
     *     listed twice, so the clash can be seen; broken entries are left out and logged)
     */
    public static List<ProviderInfo> providers() {
        return Registry.global().providers();
    }
}
