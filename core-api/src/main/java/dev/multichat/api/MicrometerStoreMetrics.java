package dev.multichat.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Reports store operations to a Micrometer registry as the timer
 * {@code multichat.store.operations}, tagged {@code store}, {@code operation} and
 * {@code outcome}. Micrometer is an optional dependency: only this class needs it.
 * Thread-safe.
 */
public final class MicrometerStoreMetrics implements StoreMetrics {
    /** The timer's name. */
    public static final String TIMER = "multichat.store.operations";

    private final MeterRegistry registry;
    private final String store;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    private MicrometerStoreMetrics(MeterRegistry registry, String store) {
        this.registry = registry;
        this.store = store;
    }

    /**
     * @param registry where to report
     * @param store a name for the store, used as the {@code store} tag (e.g. its scheme)
     * @return the recorder
     */
    public static MicrometerStoreMetrics of(MeterRegistry registry, String store) {
        if (registry == null || store == null) {
            throw new InvalidInputException("a Micrometer registry and a store name are required");
        }
        return new MicrometerStoreMetrics(registry, store);
    }

    @Override
    public void record(String operation, String outcome, long nanos) {
        timers.computeIfAbsent(operation + '\n' + outcome, key -> Timer.builder(TIMER)
                .description("Multichat store operations")
                .tag("store", store).tag("operation", operation).tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }
}
