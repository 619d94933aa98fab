package dev.multichat.api;

import java.util.Set;

/**
 * A storage plugin found on the classpath.
 *
 * @param scheme the URI scheme it serves
 * @param description one line about it
 * @param providerClass the provider's class name
 * @param source the jar or directory the class was loaded from
 * @param options the option names it accepts
 */
public record ProviderInfo(String scheme, String description, String providerClass, String source,
                           Set<String> options) {
    /** Copies the option set. */
    public ProviderInfo {
        options = Set.copyOf(options);
    }
}
