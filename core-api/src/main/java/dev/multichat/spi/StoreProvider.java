package dev.multichat.spi;

import dev.multichat.api.StoreConfig;
import java.util.Set;

/**
 * A storage backend, found through {@link java.util.ServiceLoader}: list the implementing
 * class in {@code META-INF/services/dev.multichat.spi.StoreProvider} of the plugin's jar (and
 * {@code provides dev.multichat.spi.StoreProvider with ...} in its {@code module-info}).
 * Implementations must have a public no-argument constructor and be cheap to construct;
 * connections and files are opened only in {@link #open}.
 *
 * <p>A provider hands the core the <b>parts</b> of a store ({@link StoreParts}: a session
 * catalog, a message log and a lifecycle); the core composes the
 * {@link dev.multichat.api.SessionStore} users see around them. The parts need not validate
 * arguments against {@link dev.multichat.api.StoreLimits}, reject use after close or record
 * metrics: the core's guard does so (null arguments never reach them). They must honour every
 * guarantee of {@link dev.multichat.api.SessionCatalog} and {@link dev.multichat.api.MessageLog}
 * (the {@code multichat-plugin-tck} suite checks them), be thread-safe, take every timestamp
 * from {@link StoreConfig#clock()} (already truncated to milliseconds by the core), and apply
 * the shared rules of this package ({@link SessionRules}, {@link TtlRule},
 * {@link ReplayDecision}, {@link Pages}, {@link DurationOption}) instead of their own copies.
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
     * Whether the URI's location is a file-system path ({@code sqlite:data/chats.db},
     * {@code json:/var/lib/chats}). For such schemes the core refuses an authority-style
     * location ({@code sqlite://chats.db}, which would silently mean {@code /chats.db}) before
     * {@link #open} is called, with a message showing both right spellings, and a location whose
     * parent directory is missing (a store creates its own location, never missing parents).
     *
     * @return true for file-based backends; false (the default) for servers and in-process stores
     */
    default boolean fileBased() {
        return false;
    }

    /**
     * Opens a store's backend. Called once per {@code SessionStores.open}, possibly from several
     * threads at once. If it fails, it must release whatever it opened before throwing.
     *
     * @param config the parsed URI, options (already checked against {@link #options()}),
     *     millisecond clock, limits and metrics
     * @return the opened parts, never null; the core calls {@link StoreLifecycle#close()} at
     *     most once, when the user closes the store
     * @throws dev.multichat.api.StoreUnavailableException if the backend cannot be reached
     * @throws dev.multichat.api.InvalidInputException if the location or an option is invalid
     * @throws dev.multichat.api.CorruptDataException if existing data cannot be read
     */
    StoreParts open(StoreConfig config);
}
