package dev.multichat.api;

/**
 * Where the core reports each store operation's duration. The core's guard calls it once per
 * operation, successful or not (argument errors and use after close included), on the
 * caller's thread: implementations must be thread-safe, fast and never throw. The default is
 * {@link #none()}, which does nothing; {@link MicrometerStoreMetrics} reports to Micrometer.
 */
public interface StoreMetrics {
    /**
     * @param operation the operation's name: create, find, list, append, read, update, trim,
     *     delete, health, close
     * @param outcome {@code ok} or the simple name of the exception raised
     * @param nanos how long it took
     */
    void record(String operation, String outcome, long nanos);

    /** @return a recorder that does nothing */
    static StoreMetrics none() {
        return (operation, outcome, nanos) -> { };
    }
}
