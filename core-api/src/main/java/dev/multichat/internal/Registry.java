package dev.multichat.internal;

import dev.multichat.api.ProviderInfo;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreException;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The provider registry behind {@link dev.multichat.api.SessionStores}: finds the providers
 * once (on first use), picks the one serving a URI's scheme, checks the options, hands the
 * provider a millisecond clock and wraps the store it opens in the core's guard. Thread-safe.
 */
public final class Registry {
    private static final Registry GLOBAL = new Registry(Registry::discover);

    private final Supplier<? extends Iterable<StoreProvider>> source;
    private volatile ProviderIndex index;

    /**
     * @param source yields the providers; called once, on first use
     */
    Registry(Supplier<? extends Iterable<StoreProvider>> source) {
        this.source = source;
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
        OptionCheck.check(config, provider.options());
        StoreConfig effective = config.withClock(Clock.tick(config.clock(), Duration.ofMillis(1)));
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
        return StoreComposer.compose(parts, effective, Guard.CLOSE_WAIT);
    }

    /**
     * @return every provider found, sorted by scheme
     * @throws dev.multichat.api.PluginException if a service entry is broken
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
                    found = ProviderIndex.load(source.get());
                    index = found;
                }
            }
        }
        return found;
    }

    /**
     * @param loader where to look for {@code META-INF/services} entries
     * @return a registry of the providers that loader sees (tests use a throwaway loader)
     */
    static Registry using(ClassLoader loader) {
        return new Registry(() -> ServiceLoader.load(StoreProvider.class, loader));
    }

    /** The library's own class loader, whichever thread first asks: never a context loader. */
    private static Iterable<StoreProvider> discover() {
        return ServiceLoader.load(StoreProvider.class, Registry.class.getClassLoader());
    }
}
