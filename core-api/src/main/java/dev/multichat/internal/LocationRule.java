package dev.multichat.internal;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreUri;
import dev.multichat.spi.StoreProvider;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The core's rules for the locations of file-based schemes ({@link StoreProvider#fileBased()}):
 * <ul>
 *   <li>a path, never an authority: {@code sqlite://chats.db} would otherwise silently mean
 *       {@code /chats.db} at the root;</li>
 *   <li>a store creates its own location (the {@code json:} directory, the {@code sqlite:}
 *       file) but never a missing parent directory: a typo in a parent would otherwise create
 *       a tree somewhere unexpected, so the parent must exist and is named when it does not.</li>
 * </ul>
 */
final class LocationRule {
    private LocationRule() {
    }

    /**
     * @param uri the store URI
     * @param provider the provider that will open it
     * @throws InvalidInputException if the provider does not serve the URI's scheme, or it is
     *     file-based and the location starts with {@code //} or its parent directory is missing
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
        if (provider.fileBased()) {
            requireParent(uri);
        }
    }

    /** The location's parent directory must exist; a blank or unparsable path is the plugin's to refuse. */
    private static void requireParent(StoreUri uri) {
        Path parent;
        try {
            parent = Path.of(uri.location()).toAbsolutePath().normalize().getParent();
        } catch (InvalidPathException e) {
            return;
        }
        if (uri.location().isBlank() || parent == null || Files.isDirectory(parent)) {
            return;
        }
        String problem = Files.exists(parent) ? " is not a directory" : " does not exist";
        throw new InvalidInputException("store uri '" + uri + "': the parent directory " + parent + problem
                + ". A " + uri.scheme() + ": store creates its own location but never missing parent"
                + " directories; create " + parent + " first (e.g. mkdir -p), or correct the path");
    }
}
