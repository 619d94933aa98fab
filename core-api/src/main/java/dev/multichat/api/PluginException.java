package dev.multichat.api;

/**
 * The storage plugins on the classpath are broken or ambiguous: a {@code META-INF/services}
 * entry names a class that cannot be loaded or instantiated, two plugins claim one URI
 * scheme, or a plugin misbehaved while opening a store. The message names the classes and
 * the jars involved and what to change; the underlying error is chained. Fix the classpath;
 * retrying does not help.
 */
public class PluginException extends StoreException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message which plugins, from which jars, and what to change
     */
    public PluginException(String message) {
        super(message);
    }

    /**
     * @param message which plugin entry failed and what to change
     * @param cause the loading or instantiation failure
     */
    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
