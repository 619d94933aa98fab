package dev.multichat.internal;

import dev.multichat.api.ProviderInfo;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreException;
import dev.multichat.internal.feed.FeedTiming;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The provider registry behind {@link dev.multichat.api.SessionStores}: finds the providers
 * once (on first use), picks the one serving a URI's scheme, takes out the core's own options
 * ({@code feed-check}), checks the rest against the provider's, hands the provider a
 * millisecond clock and wraps the store it opens in the core's guard. Thread-safe.
 */
public final class Registry {
    private static final Registry GLOBAL = fresh();

    private final Supplier<? extends Iterable<StoreProvider>> source;
    private final ClassLoader loader;
    private volatile ProviderIndex index;

    /**
     * @param source yields the providers; called once, on first use
     */
    Registry(Supplier<? extends Iterable<StoreProvider>> source) {
        this(source, null);
    }

    private Registry(Supplier<? extends Iterable<StoreProvider>> source, ClassLoader loader) {
        this.source = source;
        this.loader = loader;
    }

    /** @return the registry of the plugins visible to the class loader that loaded core-api */
    public static Registry global() {
        return GLOBAL;
    }

    /**
     * Opens the store a config names, wrapped in the core's guard.
     *
     * @param config what to open
     * @return the guarded store
     * @throws dev.multichat.api.InvalidInputException if no plugin serves the scheme, an option
     *     is unknown or the location is misspelt for the scheme
     * @throws dev.multichat.api.PluginException if the plugins are broken or ambiguous
     * @throws StoreException whatever the provider raises while opening
     */
    public SessionStore open(StoreConfig config) {
        Require.nonNull(config, "store config");
        return open(config, index().provider(config.uri()));
    }

    /**
     * Opens a store with the given provider, wrapped in the core's guard.
     *
     * @param config what to open; its scheme must be the provider's
     * @param provider the provider to open it with
     * @return the guarded store
     * @throws dev.multichat.api.InvalidInputException if the scheme is not the provider's, an
     *     option is unknown or the location is misspelt for the scheme
     * @throws dev.multichat.api.PluginException if the provider misbehaves
     * @throws StoreException whatever the provider raises while opening
     */
    public SessionStore open(StoreConfig config, StoreProvider provider) {
        Require.nonNull(config, "store config");
        Require.nonNull(provider, "store provider");
        LocationRule.check(config.uri(), provider);
        FeedTiming feed = CoreOptions.feedTiming(config);
        StoreConfig own = CoreOptions.withoutCoreOptions(config);
        OptionCheck.check(own, provider.options());
        StoreConfig effective = own.withClock(Clock.tick(config.clock(), Duration.ofMillis(1)));
        StoreParts parts;
        try {
            parts = provider.open(effective);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw RegistryErrors.misbehaved(provider, config.uri(), e);
        }
        if (parts == null) {
            throw RegistryErrors.misbehaved(provider, config.uri(), null);
        }
        return StoreComposer.compose(parts, effective, Guard.CLOSE_WAIT, feed);
    }

    /**
     * @return every provider found, sorted by scheme (broken service entries are left out and
     *     logged)
     */
    public List<ProviderInfo> providers() {
        return index().infos();
    }

    private ProviderIndex index() {
        ProviderIndex found = index;
        if (found == null) {
            synchronized (this) {
                found = index;
                if (found == null) {
                    found = ProviderIndex.load(source.get(), loader);
                    index = found;
                }
            }
        }
        return found;
    }

    /**
     * @return a new registry like the global one: providers from the class loader that loaded
     *     core-api, found on first use whichever thread that is
     */
    static Registry fresh() {
        return using(Registry.class.getClassLoader());
    }

    /**
     * The global registry uses the class loader that loaded core-api, whichever thread first
     * asks: never a caller's context class loader.
     *
     * @param loader where to look for providers ({@code META-INF/services} entries, and on the
     *     module path the modules that provide {@link StoreProvider})
     * @return a registry of the providers that loader sees (tests use a throwaway loader)
     */
    static Registry using(ClassLoader loader) {
        return new Registry(() -> ServiceLoader.load(StoreProvider.class, loader), loader);
    }
}
