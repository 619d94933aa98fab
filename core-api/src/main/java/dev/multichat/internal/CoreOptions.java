package dev.multichat.internal;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreConfig;
import dev.multichat.internal.feed.FeedTiming;
import dev.multichat.spi.DurationOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Options every store accepts, whatever its scheme: the core reads them and never passes them
 * to the provider. {@code feed-check}, the period of the change feed's check that heals a missed
 * hint and finds expired sessions (default {@code 1s}, from {@code 50ms} to {@code 1h}; it cannot
 * be turned off); {@code feed-pace}, the longest a followed session's delivery round waits while
 * appends stream (default {@code 1ms}, up to {@code 100ms}; {@code 0} delivers every append at
 * once, at the cost of a round per append). Stateless.
 */
final class CoreOptions {
    /** The change feed's periodic check. */
    static final String FEED_CHECK = "feed-check";
    /** The change feed's pacing of delivery rounds while appends stream. */
    static final String FEED_PACE = "feed-pace";
    /** Every core option's name, sorted. */
    static final Set<String> NAMES = new TreeSet<>(Set.of(FEED_CHECK, FEED_PACE));
    /** The check's period when the option is not given. */
    static final Duration DEFAULT_FEED_CHECK = FeedTiming.DEFAULT.check();
    private static final Duration MIN_FEED_PACE = Duration.ofMillis(1);
    private static final Duration MAX_FEED_PACE = Duration.ofMillis(100);
    private static final Duration MIN_FEED_CHECK = Duration.ofMillis(50);
    private static final Duration MAX_FEED_CHECK = Duration.ofHours(1);

    private CoreOptions() {
    }

    /**
     * @param config the options given
     * @return the feed's check period and pace
     * @throws InvalidInputException if {@code feed-check} is not a duration from 50ms to 1h, or
     *     {@code feed-pace} not 0 or a duration from 1ms to 100ms
     */
    static FeedTiming feedTiming(StoreConfig config) {
        String pace = config.option(FEED_PACE).orElse(null);
        return new FeedTiming(feedCheck(config), pace == null ? FeedTiming.DEFAULT.pace()
                : DurationOption.parse(FEED_PACE, pace, MIN_FEED_PACE, MAX_FEED_PACE));
    }

    private static Duration feedCheck(StoreConfig config) {
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
