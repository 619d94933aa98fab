package dev.multichat.api;

import dev.multichat.internal.Require;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything needed to open a store: the URI, options (from the URI's query, overridden by
 * {@link #withOption}), the clock every timestamp and expiry is read from, size limits and a
 * metrics recorder. Immutable.
 *
 * <p>Unknown option names are refused when the store is opened, with the list of the
 * provider's options; they are never silently ignored. Every store also accepts the core's
 * own {@code feed-check=<duration>}: how often the change feed checks for changes no
 * notification announced and for expired sessions (default {@code 1s}, from {@code 50ms} to
 * {@code 1h}), and {@code feed-pace=<duration>}: the longest a followed session's delivery
 * round waits while appends stream (default {@code 1ms}, {@code 0} for none, up to
 * {@code 100ms}); the core reads them and the provider never sees them.
 *
 * @param uri the store's address
 * @param options effective options
 * @param clock the time source (UTC system clock by default)
 * @param limits size limits ({@link StoreLimits#DEFAULTS} by default)
 * @param metrics operation recorder ({@link StoreMetrics#none()} by default)
 */
public record StoreConfig(StoreUri uri, Map<String, String> options, Clock clock, StoreLimits limits,
                          StoreMetrics metrics) {
    /**
     * @throws InvalidInputException if a field is null
     */
    public StoreConfig {
        Require.nonNull(uri, "uri");
        options = Map.copyOf(Require.nonNull(options, "options"));
        Require.nonNull(clock, "clock");
        Require.nonNull(limits, "limits");
        Require.nonNull(metrics, "metrics");
    }

    /**
     * @param uri e.g. {@code sqlite:data/chats.db?synchronous=full}
     * @return a config with the URI's options and the defaults
     * @throws InvalidInputException if the URI is malformed
     */
    public static StoreConfig of(String uri) {
        StoreUri parsed = StoreUri.parse(uri);
        return new StoreConfig(parsed, parsed.query(), Clock.systemUTC(), StoreLimits.DEFAULTS,
                StoreMetrics.none());
    }

    /**
     * @param name option name
     * @param value option value
     * @return a copy with the option set (replacing any value from the URI)
     */
    public StoreConfig withOption(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(options);
        copy.put(Require.nonNull(name, "option name"), Require.nonNull(value, "option value"));
        return new StoreConfig(uri, copy, clock, limits, metrics);
    }

    /**
     * @param newClock the time source
     * @return a copy with that clock
     */
    public StoreConfig withClock(Clock newClock) {
        return new StoreConfig(uri, options, newClock, limits, metrics);
    }

    /**
     * @param newLimits the limits
     * @return a copy with those limits
     */
    public StoreConfig withLimits(StoreLimits newLimits) {
        return new StoreConfig(uri, options, clock, newLimits, metrics);
    }

    /**
     * @param newMetrics the recorder
     * @return a copy with that recorder
     */
    public StoreConfig withMetrics(StoreMetrics newMetrics) {
        return new StoreConfig(uri, options, clock, limits, newMetrics);
    }

    /**
     * @param name option name
     * @return its value, if set
     */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
