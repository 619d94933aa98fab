package dev.multichat.internal;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreUri;
import dev.multichat.spi.StoreProvider;

/**
 * The core's rule for the locations of file-based schemes ({@link StoreProvider#fileBased()}):
 * a path, never an authority. {@code sqlite://chats.db} would otherwise silently mean
 * {@code /chats.db} at the root.
 */
final class LocationRule {
    private LocationRule() {
    }

    /**
     * @param uri the store URI
     * @param provider the provider that will open it
     * @throws InvalidInputException if the provider is file-based and the location starts with
     *     {@code //}, or the provider does not serve the URI's scheme
     */
    static void check(StoreUri uri, StoreProvider provider) {
        if (!uri.scheme().equals(provider.scheme())) {
            throw new InvalidInputException("store uri '" + uri + "' has scheme '" + uri.scheme()
                    + "', but the provider given serves '" + provider.scheme() + "'; pass a matching"
                    + " provider, or open the uri with SessionStores.open(uri)");
        }
        String location = uri.location();
        if (provider.fileBased() && location.startsWith("//")) {
            String path = location.replaceFirst("^/+", "");
            throw new InvalidInputException("store uri '" + uri + "' writes the path as an authority"
                    + " (scheme://...), which scheme '" + uri.scheme() + "' does not take: it would mean"
                    + " a path at the file-system root. Write " + uri.scheme() + ":" + path
                    + " for a path relative to the working directory, or " + uri.scheme() + ":/" + path
                    + " for an absolute path");
        }
    }
}
