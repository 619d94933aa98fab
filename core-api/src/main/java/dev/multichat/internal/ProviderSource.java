package dev.multichat.internal;

import dev.multichat.api.ProviderInfo;
import dev.multichat.spi.StoreProvider;
import java.net.URL;
import java.security.CodeSource;
import java.security.ProtectionDomain;

/** Where a provider came from, for listings and error messages. */
final class ProviderSource {
    private ProviderSource() {
    }

    /**
     * @param provider a provider
     * @return the jar or directory its class was loaded from, or a note saying it is unknown
     */
    static String of(StoreProvider provider) {
        ProtectionDomain domain = provider.getClass().getProtectionDomain();
        CodeSource code = domain == null ? null : domain.getCodeSource();
        URL location = code == null ? null : code.getLocation();
        return location == null ? "unknown location (no code source)" : location.toString();
    }

    /**
     * @param provider a provider
     * @return what {@code SessionStores.providers()} shows about it
     */
    static ProviderInfo info(StoreProvider provider) {
        return new ProviderInfo(provider.scheme(), provider.description(),
                provider.getClass().getName(), of(provider), provider.options());
    }
}
