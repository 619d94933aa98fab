package dev.multichat.hybrid.internal;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreUri;
import dev.multichat.hybrid.internal.tier.BreakerSettings;
import dev.multichat.spi.DurationOption;
import java.time.Duration;
import java.util.Set;

/**
 * The hybrid store's settings, parsed from a {@link StoreConfig}'s options.
 *
 * @param fast the fast tier's URI (decoded)
 * @param durable the durable tier's URI (decoded)
 * @param window how many of a session's newest messages the fast tier keeps
 * @param idleTtl how long a session's cached copy lives without a write ({@link Duration#ZERO}: forever)
 * @param breaker the fast tier's circuit breaker
 */
public record HybridSettings(String fast, String durable, int window, Duration idleTtl, BreakerSettings breaker) {
    /** Every option the {@code hybrid:} scheme accepts. */
    public static final Set<String> OPTIONS = Set.of("fast", "durable", "window", "idle-ttl", "open-for",
            "min-calls", "probe-timeout");
    private static final int MAX_WINDOW = 10_000;

    /**
     * @param config the store's configuration
     * @return its settings
     * @throws InvalidInputException naming the option that is missing or wrong (credentials redacted)
     */
    public static HybridSettings from(StoreConfig config) {
        String fast = required(config, "fast");
        String durable = required(config, "durable");
        String windowText = config.option("window").orElse("50");
        int window = parseWindow(windowText);
        Duration idle = DurationOption.parse("idle-ttl", config.option("idle-ttl").orElse("30m"));
        Duration openFor = DurationOption.parse("open-for", config.option("open-for").orElse("5s"),
                Duration.ofMillis(100), Duration.ofMinutes(1));
        Duration probe = DurationOption.parse("probe-timeout", config.option("probe-timeout").orElse("1s"),
                Duration.ofMillis(10), Duration.ofSeconds(30));
        int minCalls = parseCount("min-calls", config.option("min-calls").orElse("5"));
        return new HybridSettings(fast, durable, window, idle, new BreakerSettings(minCalls, openFor, probe));
    }

    private static String required(StoreConfig config, String name) {
        String value = config.option(name).orElseThrow(() -> new InvalidInputException("hybrid store '"
                + config.uri() + "' has no '" + name + "' option; write hybrid:?fast=<uri>&durable=<uri> with"
                + " both inner URIs percent-encoded, e.g. fast=redis%3A%2F%2Flocalhost%3A6379"));
        if (value.startsWith("hybrid:")) {
            throw new InvalidInputException("hybrid store option '" + name + "' is itself a hybrid store ("
                    + StoreUri.parse(value) + "); give a plain store URI such as redis:// or sqlite:");
        }
        StoreUri.parse(value);
        return value;
    }

    private static int parseWindow(String text) {
        int window = parseCount("window", text);
        if (window > MAX_WINDOW) {
            throw new InvalidInputException("option window=" + text + " is over " + MAX_WINDOW
                    + "; keep the window to the messages a conversation needs (e.g. 50)");
        }
        return window;
    }

    private static int parseCount(String name, String text) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("option " + name + "='" + text + "' must be a whole number of at least 1");
    }
}
