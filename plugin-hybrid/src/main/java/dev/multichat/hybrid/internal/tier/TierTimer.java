package dev.multichat.hybrid.internal.tier;

import dev.multichat.api.StoreMetrics;
import dev.multichat.api.StoreOperation;
import dev.multichat.api.StoreOutcome;
import java.util.concurrent.atomic.LongAdder;

/**
 * One tier's latency: the tier is opened with this as its {@link StoreMetrics}, so its own core
 * times every call; the count and the total time are published as readings (mean latency =
 * time / calls). Thread-safe, two {@link LongAdder} increments per call.
 */
public final class TierTimer implements StoreMetrics {
    private final LongAdder calls = new LongAdder();
    private final LongAdder nanos = new LongAdder();

    @Override
    public void record(StoreOperation operation, StoreOutcome outcome, long took) {
        calls.increment();
        nanos.add(took);
    }

    long calls() {
        return calls.sum();
    }

    double seconds() {
        return nanos.sum() / 1e9;
    }
}
