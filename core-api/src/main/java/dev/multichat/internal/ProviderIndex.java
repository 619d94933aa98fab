package dev.multichat.internal;

import dev.multichat.api.ProviderInfo;
import dev.multichat.api.StoreUri;
import dev.multichat.spi.StoreProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The providers found once, grouped by scheme. A broken service entry or a provider declaring
 * a malformed scheme is left out and reported (logged at load, and in the error for any scheme
 * that is then missing): it never takes down the other schemes. Two providers for one scheme
 * make that scheme fail (and only it), naming both.
 */
final class ProviderIndex {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderIndex.class);
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");
    private static final int MAX_ENTRIES = 1000;
    private final Map<String, List<StoreProvider>> byScheme;
    private final List<String> problems;

    private ProviderIndex(Map<String, List<StoreProvider>> byScheme, List<String> problems) {
        this.byScheme = byScheme;
        this.problems = List.copyOf(problems);
    }

    /**
     * Instantiates every provider the iterable yields, skipping the broken ones.
     *
     * @param providers e.g. a {@link java.util.ServiceLoader}
     * @param loader the loader it looks in, to name the jar of a broken entry; null if unknown
     * @return the index
     */
    static ProviderIndex load(Iterable<StoreProvider> providers, ClassLoader loader) {
        Map<String, List<StoreProvider>> byScheme = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try {
            Iterator<StoreProvider> it = providers.iterator();
            for (int entry = 0; entry < MAX_ENTRIES; entry++) {
                StoreProvider provider;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    provider = it.next();
                } catch (ServiceConfigurationError error) {
                    problems.add(RegistryErrors.brokenEntry(error, loader));
                    continue;
                }
                add(provider, byScheme, problems);
            }
        } catch (ServiceConfigurationError error) {
            problems.add(RegistryErrors.brokenEntry(error, loader));
        }
        problems.forEach(problem -> LOG.warn("{}", problem));
        return new ProviderIndex(byScheme, problems);
    }

    private static void add(StoreProvider provider, Map<String, List<StoreProvider>> byScheme, List<String> problems) {
        String scheme = provider.scheme();
        if (scheme == null || !SCHEME.matcher(scheme).matches()) {
            problems.add(RegistryErrors.badScheme(provider));
        } else {
            byScheme.computeIfAbsent(scheme, s -> new ArrayList<>(1)).add(provider);
        }
    }

    /**
     * @param uri what to open
     * @return the one provider serving its scheme
     * @throws dev.multichat.api.PluginException if two providers claim it
     * @throws dev.multichat.api.InvalidInputException if none does (naming broken entries, if any)
     */
    StoreProvider provider(StoreUri uri) {
        List<StoreProvider> found = byScheme.get(uri.scheme());
        if (found == null) {
            throw RegistryErrors.unknownScheme(uri, byScheme.keySet(), problems);
        }
        if (found.size() > 1) {
            throw RegistryErrors.duplicate(uri.scheme(), found.get(0), found.get(1));
        }
        return found.get(0);
    }

    /** @return every provider found, by scheme then class name */
    List<ProviderInfo> infos() {
        List<ProviderInfo> infos = new ArrayList<>();
        byScheme.values().forEach(list -> list.forEach(p -> infos.add(ProviderSource.info(p))));
        infos.sort(Comparator.comparing(ProviderInfo::scheme).thenComparing(ProviderInfo::providerClass));
        return List.copyOf(infos);
    }
}
