package dev.multichat.spi;

import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreConfig;
import java.util.Set;

/**
 * A storage backend, found through {@link java.util.ServiceLoader}: list the implementing
 * class in {@code META-INF/services/dev.multichat.spi.StoreProvider} of the plugin's jar.
 * Implementations must have a public no-argument constructor and be cheap to construct;
 * connections and files are opened only in {@link #open}.
 *
 * <p>The store a provider returns need not validate arguments against {@link
 * dev.multichat.api.StoreLimits}, reject use after close or record metrics: the core wraps it
 * and does so (null arguments never reach it). It must honour every guarantee of {@link
 * SessionStore} (the {@code multichat-plugin-tck} suite checks them), be thread-safe, and take
 * every timestamp from {@link StoreConfig#clock()}, which the core has already truncated to
 * milliseconds. Its {@code close()} is called at most once.
 *
 * <p>Exactly one provider may serve a scheme: two on one classpath make opening that scheme
 * fail with {@link dev.multichat.api.PluginException}.
 */
public interface StoreProvider {
    /** @return the URI scheme this provider serves, lower case, e.g. {@code sqlite} */
    String scheme();

    /**
     * @return the option names {@link #open} understands; any other name is refused by the
     *     core before {@code open} is called
     */
    default Set<String> options() {
        return Set.of();
    }

    /** @return one line for {@code multichat plugins} and error messages */
    default String description() {
        return scheme() + " store";
    }

    /**
     * Opens a store. Called once per {@code SessionStores.open}, possibly from several threads
     * at once.
     *
     * @param config the parsed URI, options (already checked against {@link #options()}),
     *     millisecond clock, limits and metrics
     * @return an open store, never null
     * @throws dev.multichat.api.StoreUnavailableException if the backend cannot be reached
     * @throws dev.multichat.api.InvalidInputException if the location or an option is invalid
     * @throws dev.multichat.api.CorruptDataException if existing data cannot be read
     */
    SessionStore open(StoreConfig config);
}
