package dev.multichat.api;

import dev.multichat.internal.Require;
import java.util.Map;

/**
 * One reading a backend publishes about itself, beyond the core's per-operation timings: e.g.
 * a cache's hits and misses or a circuit breaker's state. A store returns the same names and
 * tags on every call of {@link SessionStore#readings()} (only the values change), so a metrics
 * system can register one meter per reading once and poll it; names are dotted, lower case and
 * start with {@code multichat.} and the backend's scheme (e.g. {@code multichat.hybrid.fast.reads}).
 *
 * @param name the reading's name
 * @param tags dimensions that tell readings of one name apart (e.g. {@code result=hit})
 * @param kind a counter (only grows while the store is open) or a gauge (a current value)
 * @param value the value now
 * @param description one sentence: what is counted or measured
 */
public record StoreReading(String name, Map<String, String> tags, Kind kind, double value, String description) {
    /** How a reading behaves over time. */
    public enum Kind {
        /** A count since the store was opened; never goes down. */
        COUNTER,
        /** A value now, which may go up or down. */
        GAUGE
    }

    /**
     * @throws InvalidInputException if a field is null or the name does not start with
     *     {@code multichat.}
     */
    public StoreReading {
        Require.argument(Require.nonNull(name, "name").startsWith("multichat."),
                "reading name '%s' must start with 'multichat.' and the backend's scheme", name);
        tags = Map.copyOf(Require.nonNull(tags, "tags"));
        Require.nonNull(kind, "kind");
        Require.nonNull(description, "description");
    }
}
