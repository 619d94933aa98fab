package dev.multichat.api;

/**
 * Where the core reports each store operation's duration. Called on the hot path once per
 * operation: implementations must be thread-safe, fast and never throw. The default is
 * {@link #none()}, which does nothing.
 */
public interface StoreMetrics {
    /**
     * @param operation the operation's name: create, find, list, append, read, update, trim,
     *     delete, health
     * @param outcome {@code ok} or the simple name of the exception raised
     * @param nanos how long it took
     */
    void record(String operation, String outcome, long nanos);

    /** @return a recorder that does nothing */
    static StoreMetrics none() {
        return (operation, outcome, nanos) -> { };
    }
}
