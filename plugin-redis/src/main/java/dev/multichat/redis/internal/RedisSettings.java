package dev.multichat.redis.internal;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreConfig;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)");
    private static final int MAX_WAIT = 16;

    /**
     * @param config the store's configuration (its option values may carry a trailing
     *     {@code #master} fragment, which is ignored here)
     * @return the settings
     * @throws InvalidInputException naming the option, its value and what is allowed
     */
    public static RedisSettings from(StoreConfig config) {
        Duration timeout = duration(value(config, "timeout", "2s"));
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
        Matcher m = DURATION.matcher(value);
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new InvalidInputException("redis option timeout=" + value + " is invalid; use a positive"
                    + " duration such as 500ms, 2s or 1m");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }
}
