package dev.multichat.spi;

import dev.multichat.api.InvalidInputException;
import java.time.Duration;

/**
 * The one grammar of duration options across all plugins ({@code sweep=1m},
 * {@code busy_timeout=5s}, {@code timeout=500ms}): a whole number of 1 to 9 digits followed by
 * {@code ms}, {@code s}, {@code m} or {@code h}; or {@code 0} or {@code off} for zero ("never"
 * where the option is an interval). Stateless.
 */
public final class DurationOption {
    private static final int MAX_DIGITS = 9;

    private DurationOption() {
    }

    /**
     * @param option the option's name, for the message
     * @param value e.g. {@code 500ms}, {@code 2s}, {@code 1m}, {@code 1h}, {@code 0}, {@code off}
     * @return the duration; {@link Duration#ZERO} for {@code 0} and {@code off}
     * @throws InvalidInputException naming the option, the value and the grammar
     */
    public static Duration parse(String option, String value) {
        if ("0".equals(value) || "off".equals(value)) {
            return Duration.ZERO;
        }
        int digits = leadingDigits(value);
        Duration unit = digits == 0 || digits > MAX_DIGITS ? null : unit(value.substring(digits));
        if (unit == null) {
            throw invalid(option, value, "");
        }
        return unit.multipliedBy(Long.parseLong(value.substring(0, digits)));
    }

    private static int leadingDigits(String value) {
        int digits = 0;
        while (digits < value.length() && value.charAt(digits) >= '0' && value.charAt(digits) <= '9') {
            digits++;
        }
        return digits;
    }

    private static Duration unit(String suffix) {
        switch (suffix) {
            case "ms":
                return Duration.ofMillis(1);
            case "s":
                return Duration.ofSeconds(1);
            case "m":
                return Duration.ofMinutes(1);
            case "h":
                return Duration.ofHours(1);
            default:
                return null;
        }
    }

    /**
     * Like {@link #parse}, with bounds.
     *
     * @param option the option's name
     * @param value the text
     * @param min the least non-zero value allowed
     * @param max the largest value allowed
     * @return the duration, zero or within [min, max]
     * @throws InvalidInputException naming the option, the value and the allowed range
     */
    public static Duration parse(String option, String value, Duration min, Duration max) {
        Duration parsed = parse(option, value);
        if (!parsed.isZero() && (parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0)) {
            throw invalid(option, value, " from " + text(min) + " to " + text(max));
        }
        return parsed;
    }

    private static InvalidInputException invalid(String option, String value, String range) {
        return new InvalidInputException("option " + option + "='" + value + "' is not a valid duration;"
                + " write a whole number with a unit" + range + ", e.g. 500ms, 2s, 1m or 1h, or 0 (also"
                + " written off) for none");
    }

    private static String text(Duration d) {
        long millis = d.toMillis();
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
