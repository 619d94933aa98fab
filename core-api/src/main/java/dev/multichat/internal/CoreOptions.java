package dev.multichat.internal;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreConfig;
import dev.multichat.spi.DurationOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Options every store accepts, whatever its scheme: the core reads them and never passes them
 * to the provider. Today one: {@code feed-check}, the period of the change feed's check that
 * heals a missed hint and finds expired sessions (default {@code 1s}, from {@code 50ms} to
 * {@code 1h}; it cannot be turned off). Stateless.
 */
final class CoreOptions {
    /** The change feed's periodic check. */
    static final String FEED_CHECK = "feed-check";
    /** Every core option's name. */
    static final Set<String> NAMES = Set.of(FEED_CHECK);
    /** The check's period when the option is not given. */
    static final Duration DEFAULT_FEED_CHECK = Duration.ofSeconds(1);
    private static final Duration MIN_FEED_CHECK = Duration.ofMillis(50);
    private static final Duration MAX_FEED_CHECK = Duration.ofHours(1);

    private CoreOptions() {
    }

    /**
     * @param config the options given
     * @return the feed check's period
     * @throws InvalidInputException if the value is not a duration from 50ms to 1h
     */
    static Duration feedCheck(StoreConfig config) {
        String value = config.option(FEED_CHECK).orElse(null);
        if (value == null) {
            return DEFAULT_FEED_CHECK;
        }
        Duration period = DurationOption.parse(FEED_CHECK, value, MIN_FEED_CHECK, MAX_FEED_CHECK);
        if (period.isZero()) {
            throw new InvalidInputException("option " + FEED_CHECK + "='" + value + "' cannot turn the change"
                    + " feed's periodic check off: it heals a missed change notification and finds expired"
                    + " sessions; give a period from 50ms to 1h instead (default 1s), e.g. " + FEED_CHECK + "=1m");
        }
        return period;
    }

    /**
     * @param config the options given
     * @return the same config without the core's options (what the provider sees)
     */
    static StoreConfig withoutCoreOptions(StoreConfig config) {
        Map<String, String> own = new LinkedHashMap<>(config.options());
        own.keySet().removeAll(NAMES);
        return new StoreConfig(config.uri(), own, config.clock(), config.limits(), config.metrics());
    }
}
