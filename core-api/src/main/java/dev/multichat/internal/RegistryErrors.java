package dev.multichat.internal;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.PluginException;
import dev.multichat.api.StoreUri;
import dev.multichat.spi.StoreProvider;
import java.util.Collection;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.TreeSet;

/** The registry's error messages: what was asked, what exists, and what to add or remove. */
final class RegistryErrors {
    private static final String GROUP = "dev.multichat:";
    private static final Map<String, String> ARTIFACTS = Map.of(
            "memory", "nothing (it is built into multichat-core-api)",
            "json", GROUP + "multichat-plugin-json",
            "sqlite", GROUP + "multichat-plugin-sqlite",
            "redis", GROUP + "multichat-plugin-redis",
            "rediss", GROUP + "multichat-plugin-redis",
            "redis-cluster", GROUP + "multichat-plugin-redis",
            "hybrid", GROUP + "multichat-plugin-hybrid");

    private RegistryErrors() {
    }

    static InvalidInputException unknownScheme(StoreUri uri, Collection<String> present) {
        String artifact = ARTIFACTS.get(uri.scheme());
        String fix = artifact == null
                ? "add the jar of a plugin whose StoreProvider serves scheme '" + uri.scheme() + "'"
                : "add " + artifact + " to the classpath";
        return new InvalidInputException("no store plugin serves scheme '" + uri.scheme()
                + "' of store uri '" + uri + "'; schemes present: " + new TreeSet<>(present)
                + "; " + fix);
    }

    static PluginException duplicate(String scheme, StoreProvider first, StoreProvider second) {
        return new PluginException("two store plugins claim scheme '" + scheme + "': "
                + first.getClass().getName() + " from " + ProviderSource.of(first) + " and "
                + second.getClass().getName() + " from " + ProviderSource.of(second)
                + "; keep exactly one of them on the classpath");
    }

    static PluginException broken(ServiceConfigurationError error) {
        return new PluginException("a store plugin entry in META-INF/services/"
                + StoreProvider.class.getName() + " is broken (" + error.getMessage()
                + "); fix or remove that entry or the jar that holds it, and check that the class"
                + " is public with a public no-argument constructor", error);
    }

    static InvalidInputException unknownOptions(StoreUri uri, Collection<String> unknown,
                                                Collection<String> known) {
        String exist = known.isEmpty() ? "it accepts no options" : "options that exist: "
                + new TreeSet<>(known);
        return new InvalidInputException("store uri '" + uri + "' has unknown option(s) "
                + new TreeSet<>(unknown) + " for scheme '" + uri.scheme() + "'; " + exist
                + "; remove or correct the unknown ones");
    }

    static PluginException misbehaved(StoreProvider provider, StoreUri uri, RuntimeException cause) {
        String what = cause == null ? "returned null" : "failed with " + cause;
        return new PluginException("store plugin " + provider.getClass().getName() + " from "
                + ProviderSource.of(provider) + " " + what + " while opening '" + uri
                + "'; this is a bug in that plugin: report it to its authors", cause);
    }

    static PluginException badScheme(StoreProvider provider) {
        return new PluginException("store plugin " + provider.getClass().getName() + " from "
                + ProviderSource.of(provider) + " declares scheme '" + provider.scheme()
                + "', which is not a lower-case URI scheme ([a-z][a-z0-9+.-]*); fix its scheme()"
                + " or remove the plugin");
    }
}
