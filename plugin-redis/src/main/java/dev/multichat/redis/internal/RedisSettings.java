package dev.multichat.redis.internal;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreConfig;
import dev.multichat.spi.DurationOption;
import java.time.Duration;
import java.util.Set;

/**
 * The options of a Redis store URI, checked.
 *
 * @param timeout command timeout ({@code timeout}, default {@code 2s})
 * @param prefix key prefix ({@code prefix}, default {@code mc})
 * @param waitReplicas replicas to wait for after each write ({@code wait}, default 0)
 */
public record RedisSettings(Duration timeout, String prefix, int waitReplicas) {
    /** The option names a Redis store URI accepts. */
    public static final Set<String> OPTIONS = Set.of("timeout", "prefix", "wait");
    private static final Duration MIN_TIMEOUT = Duration.ofMillis(10);
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
    private static final int MAX_WAIT = 16;

    /**
     * @param config the store's configuration (its option values may carry a trailing
     *     {@code #master} fragment, which is ignored here)
     * @return the settings
     * @throws InvalidInputException naming the option, its value and what is allowed
     */
    public static RedisSettings from(StoreConfig config) {
        Duration timeout = duration(value(config, "timeout", "2s"));
        if (timeout.isZero()) {
            throw new InvalidInputException("redis option timeout=0 is invalid: a store never waits without"
                    + " bound; use a duration such as 500ms or 2s");
        }
        String prefix = value(config, "prefix", "mc");
        String wait = value(config, "wait", "0");
        if (!wait.matches("\\d{1,2}") || Integer.parseInt(wait) > MAX_WAIT) {
            throw new InvalidInputException("redis option wait=" + wait + " is invalid; use a number of replicas"
                    + " from 0 (do not wait) to " + MAX_WAIT);
        }
        return new RedisSettings(timeout, prefix, Integer.parseInt(wait));
    }

    private static String value(StoreConfig config, String name, String fallback) {
        String raw = config.option(name).orElse(fallback);
        int hash = raw.indexOf('#');
        return hash < 0 ? raw : raw.substring(0, hash);
    }

    private static Duration duration(String value) {
        return DurationOption.parse("timeout", value, MIN_TIMEOUT, MAX_TIMEOUT);
    }
}
