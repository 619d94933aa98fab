package dev.multichat.metrics;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreMetrics;
import dev.multichat.api.StoreOperation;
import dev.multichat.api.StoreOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Reports store operations to a Micrometer registry as the timer
 * {@code multichat.store.operations}, tagged {@code store}, {@code operation} (e.g.
 * {@code append}) and {@code outcome} ({@code ok} or the exception's simple name). Each
 * operation × outcome timer is registered once, on its first use, and then found by array
 * index: recording builds no string and looks nothing up. Micrometer is an optional dependency:
 * only this package needs it. Thread-safe.
 */
public final class MicrometerStoreMetrics implements StoreMetrics {
    /** The timer's name. */
    public static final String TIMER = "multichat.store.operations";
    private static final int OUTCOMES = StoreOutcome.values().length;

    private final MeterRegistry registry;
    private final String store;
    private final AtomicReferenceArray<Timer> timers =
            new AtomicReferenceArray<>(StoreOperation.values().length * OUTCOMES);

    private MicrometerStoreMetrics(MeterRegistry registry, String store) {
        this.registry = registry;
        this.store = store;
    }

    /**
     * @param registry where to report
     * @param store a name for the store, used as the {@code store} tag (e.g. its scheme; never a
     *     URI with credentials)
     * @return the recorder
     * @throws InvalidInputException if an argument is null
     */
    public static MicrometerStoreMetrics of(MeterRegistry registry, String store) {
        if (registry == null || store == null) {
            throw new InvalidInputException("a Micrometer registry and a store name are required");
        }
        return new MicrometerStoreMetrics(registry, store);
    }

    @Override
    public void record(StoreOperation operation, StoreOutcome outcome, long nanos) {
        int slot = operation.ordinal() * OUTCOMES + outcome.ordinal();
        Timer timer = timers.get(slot);
        if (timer == null) {
            timer = register(operation, outcome);
            timers.set(slot, timer);
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Micrometer returns the same timer for the same name and tags, so a race registers one. */
    private Timer register(StoreOperation operation, StoreOutcome outcome) {
        return Timer.builder(TIMER)
                .description("Multichat store operations")
                .tag("store", store).tag("operation", operation.tag()).tag("outcome", outcome.tag())
                .publishPercentileHistogram()
                .register(registry);
    }
}
