package dev.multichat.api;

/**
 * The storage plugins on the classpath are broken or ambiguous: a {@code META-INF/services}
 * entry names a class that cannot be loaded or instantiated, two plugins claim one URI
 * scheme, a plugin misbehaved (a bug: an unexpected error inside it), or a plugin is too old
 * for the data it was asked to open (a newer schema) or its jar is damaged. The message names the classes and
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
