package dev.multichat.internal;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.PluginException;
import dev.multichat.api.StoreUri;
import dev.multichat.spi.StoreProvider;
import java.util.Collection;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.TreeSet;

/** The registry's error messages: what was asked, what exists, and what to add or remove. */
final class RegistryErrors {
    private RegistryErrors() {
    }

    static InvalidInputException unknownScheme(StoreUri uri, Collection<String> present, List<String> problems) {
        String scheme = uri.scheme();
        String artifact = SchemeHints.artifact(scheme);
        String nearest = SchemeHints.nearest(scheme, present);
        StringBuilder text = new StringBuilder("no store plugin serves scheme '" + scheme + "' of store uri '" + uri
                + "'; schemes present: " + new TreeSet<>(present) + "; ");
        if (nearest != null) {
            text.append("did you mean '").append(nearest).append(":'? ");
        }
        text.append(artifact == null ? "otherwise add the jar of a plugin whose StoreProvider serves scheme '"
                + scheme + "'" : "otherwise add " + artifact + " to the class path");
        if (!problems.isEmpty()) {
            text.append(". Some plugins could not be loaded, which may be why: ").append(String.join("; ", problems));
        }
        return new InvalidInputException(text.toString());
    }

    static PluginException duplicate(String scheme, StoreProvider first, StoreProvider second) {
        return new PluginException("two store plugins claim scheme '" + scheme + "': "
                + first.getClass().getName() + " from " + ProviderSource.of(first) + " and "
                + second.getClass().getName() + " from " + ProviderSource.of(second)
                + "; keep exactly one of them on the classpath");
    }

    /** @return a sentence naming the broken entry, its jar and the fix (logged, and shown in errors) */
    static String brokenEntry(ServiceConfigurationError error, ClassLoader loader) {
        List<String> jars = ServiceEntries.sourcesNamedIn(loader, error.getMessage());
        String where = jars.isEmpty() ? "" : " of " + String.join(" and ", jars);
        return "a store plugin entry in " + ServiceEntries.FILE + where + " is broken (" + error.getMessage()
                + "); fix or remove that entry or the jar that holds it, and check that the class is public"
                + " with a public no-argument constructor";
    }

    static InvalidInputException unknownOptions(StoreUri uri, Collection<String> unknown,
                                                Collection<String> known) {
        String exist = known.isEmpty() ? "it accepts no options" : "options that exist: "
                + new TreeSet<>(known);
        return new InvalidInputException("store uri '" + uri + "' has unknown option(s) "
                + new TreeSet<>(unknown) + " for scheme '" + uri.scheme() + "'; " + exist
                + " (and every scheme accepts " + CoreOptions.NAMES + "); remove or correct the unknown ones");
    }

    static PluginException misbehaved(StoreProvider provider, StoreUri uri, RuntimeException cause) {
        String what = cause == null ? "returned null" : "failed with " + cause;
        return new PluginException("store plugin " + provider.getClass().getName() + " from "
                + ProviderSource.of(provider) + " " + what + " while opening '" + uri
                + "'; this is a bug in that plugin: report it to its authors", cause);
    }

    /** @return a sentence naming a provider whose scheme is malformed */
    static String badScheme(StoreProvider provider) {
        return "store plugin " + provider.getClass().getName() + " from " + ProviderSource.of(provider)
                + " declares scheme '" + provider.scheme() + "', which is not a lower-case URI scheme"
                + " ([a-z][a-z0-9+.-]*); fix its scheme() or remove the plugin";
    }
}
