package dev.multichat.postgres.internal.connect;

import dev.multichat.spi.DurationOption;
import java.time.Duration;

/**
 * Reads a timeout option in the spi's duration grammar ({@code 500ms}, {@code 2s}, {@code 1m},
 * {@code 0}/{@code off}), also accepting, as a JDBC URL does, a bare number of seconds.
 */
final class Durations {
    private Durations() {
    }

    static Duration parse(String option, String value) {
        boolean bareSeconds = !value.isEmpty() && !"0".equals(value) && value.chars().allMatch(Character::isDigit);
        return DurationOption.parse(option, bareSeconds ? value + "s" : value);
    }
}
