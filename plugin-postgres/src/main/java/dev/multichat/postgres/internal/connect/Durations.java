package dev.multichat.postgres.internal.connect;

import dev.multichat.api.InvalidInputException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a timeout option: the duration grammar ({@code 500ms}, {@code 2s}, {@code 1m},
 * {@code 0} or {@code off}) or, as in a JDBC URL, a bare number of seconds.
 */
final class Durations {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

    private Durations() {
    }

    static Duration parse(String option, String value) {
        if ("off".equals(value)) {
            return Duration.ZERO;
        }
        Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            throw new InvalidInputException("postgresql option " + option + "=" + value + " is invalid;"
                    + " use a duration such as 500ms, 5s or 1m, a number of seconds as in a JDBC URL,"
                    + " or 0/off");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
