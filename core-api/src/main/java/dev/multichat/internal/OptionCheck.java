package dev.multichat.internal;

import dev.multichat.api.StoreConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Refuses option names a provider does not declare: they are never silently ignored. */
final class OptionCheck {
    private OptionCheck() {
    }

    /**
     * @param config the options given, from the URI's query and from code
     * @param known the provider's {@link dev.multichat.spi.StoreProvider#options()}
     * @throws dev.multichat.api.InvalidInputException naming the unknown options and the known
     */
    static void check(StoreConfig config, Set<String> known) {
        List<String> unknown = new ArrayList<>();
        for (String name : config.options().keySet()) {
            if (!known.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw RegistryErrors.unknownOptions(config.uri(), unknown, known);
        }
    }
}
