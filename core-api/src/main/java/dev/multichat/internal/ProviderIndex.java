package dev.multichat.internal;

import dev.multichat.api.ProviderInfo;
import dev.multichat.api.StoreUri;
import dev.multichat.spi.StoreProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The providers found once, grouped by scheme. A broken service entry or a malformed scheme
 * makes every use fail with the same error; two providers for one scheme make that scheme fail (and only
 * it), naming both.
 */
final class ProviderIndex {
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");
    private final Map<String, List<StoreProvider>> byScheme;
    private final ServiceConfigurationError broken;
    private final StoreProvider misnamed;

    private ProviderIndex(Map<String, List<StoreProvider>> byScheme, ServiceConfigurationError broken,
                          StoreProvider misnamed) {
        this.byScheme = byScheme;
        this.broken = broken;
        this.misnamed = misnamed;
    }

    /**
     * Instantiates every provider the iterable yields.
     *
     * @param providers e.g. a {@link java.util.ServiceLoader}
     * @return the index, or one that fails on every use if an entry was broken or a provider
     *     declared a malformed scheme
     */
    static ProviderIndex load(Iterable<StoreProvider> providers) {
        Map<String, List<StoreProvider>> byScheme = new TreeMap<>();
        try {
            for (StoreProvider provider : providers) {
                String scheme = provider.scheme();
                if (scheme == null || !SCHEME.matcher(scheme).matches()) {
                    return new ProviderIndex(Map.of(), null, provider);
                }
                byScheme.computeIfAbsent(scheme, s -> new ArrayList<>(1)).add(provider);
            }
        } catch (ServiceConfigurationError error) {
            return new ProviderIndex(Map.of(), error, null);
        }
        return new ProviderIndex(byScheme, null, null);
    }

    /**
     * @param uri what to open
     * @return the one provider serving its scheme
     * @throws dev.multichat.api.PluginException if loading failed or two providers claim it
     * @throws dev.multichat.api.InvalidInputException if none does
     */
    StoreProvider provider(StoreUri uri) {
        failIfBroken();
        List<StoreProvider> found = byScheme.get(uri.scheme());
        if (found == null) {
            throw RegistryErrors.unknownScheme(uri, byScheme.keySet());
        }
        if (found.size() > 1) {
            throw RegistryErrors.duplicate(uri.scheme(), found.get(0), found.get(1));
        }
        return found.get(0);
    }

    /** @return every provider found, by scheme then class name */
    List<ProviderInfo> infos() {
        failIfBroken();
        List<ProviderInfo> infos = new ArrayList<>();
        byScheme.values().forEach(list -> list.forEach(p -> infos.add(ProviderSource.info(p))));
        infos.sort(Comparator.comparing(ProviderInfo::scheme).thenComparing(ProviderInfo::providerClass));
        return List.copyOf(infos);
    }

    private void failIfBroken() {
        if (broken != null) {
            throw RegistryErrors.broken(broken);
        }
        if (misnamed != null) {
            throw RegistryErrors.badScheme(misnamed);
        }
    }
}
