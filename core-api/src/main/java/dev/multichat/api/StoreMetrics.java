package dev.multichat.api;

/**
 * Where the core reports each store operation's duration. The core's guard calls it once per
 * operation, successful or not (argument errors and use after close included), on the
 * caller's thread: implementations must be thread-safe, fast and never throw. The default is
 * {@link #none()}, which does nothing; {@code dev.multichat.metrics.MicrometerStoreMetrics}
 * reports to Micrometer.
 */
public interface StoreMetrics {
    /**
     * @param operation the operation
     * @param outcome {@link StoreOutcome#OK} or the kind of exception raised
     * @param nanos how long it took
     */
    void record(StoreOperation operation, StoreOutcome outcome, long nanos);

    /** @return a recorder that does nothing */
    static StoreMetrics none() {
        return (operation, outcome, nanos) -> { };
    }
}
