package dev.multichat.app.http;

import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreReading;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;

/**
 * Publishes a store's own readings ({@link SessionStore#readings()}, e.g. the hybrid store's
 * cache hits and circuit state) as Micrometer meters: each counter reading becomes a
 * {@link FunctionCounter}, each gauge a {@link Gauge}, with the reading's name and tags, polled
 * from the store whenever the registry is scraped. A store without readings adds no meters.
 * Stateless.
 */
final class StoreReadingsMeters {
    private StoreReadingsMeters() {
    }

    /**
     * @param registry where the meters go
     * @param store the store whose readings they poll (the names and tags it publishes now)
     */
    static void register(MeterRegistry registry, SessionStore store) {
        for (StoreReading reading : store.readings()) {
            Tags tags = Tags.empty();
            for (Map.Entry<String, String> tag : reading.tags().entrySet()) {
                tags = tags.and(tag.getKey(), tag.getValue());
            }
            if (reading.kind() == StoreReading.Kind.COUNTER) {
                FunctionCounter.builder(reading.name(), store, s -> now(s, reading))
                        .tags(tags).description(reading.description()).register(registry);
            } else {
                Gauge.builder(reading.name(), store, s -> now(s, reading))
                        .tags(tags).description(reading.description()).register(registry);
            }
        }
    }

    /** @return the reading's current value, or NaN if the store no longer publishes it */
    private static double now(SessionStore store, StoreReading wanted) {
        for (StoreReading reading : store.readings()) {
            if (reading.name().equals(wanted.name()) && reading.tags().equals(wanted.tags())) {
                return reading.value();
            }
        }
        return Double.NaN;
    }
}
