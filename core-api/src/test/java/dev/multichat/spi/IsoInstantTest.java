package dev.multichat.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The stored-time reader returns exactly what {@link Instant#parse} returns, for every instant
 * {@link Instant#toString()} writes (any precision) and for text it must refuse or leave to
 * {@code Instant.parse}; it reads the text in the middle of a larger buffer, as the parser hands it.
 */
class IsoInstantTest {
    @Property(tries = 2000)
    void everyWrittenInstantReadsBack(
            @ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long second,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
            @ForAll @IntRange(min = 0, max = 3) int precision) {
        int[] unit = {1_000_000_000, 1_000_000, 1_000, 1}; // whole seconds, millis, micros, nanos
        Instant written = Instant.ofEpochSecond(second, nanos / unit[precision] * unit[precision]);
        assertThat(read("x" + written + "y", 1, written.toString().length())).isEqualTo(written);
    }

    @Example
    void textOffTheFastPathGetsInstantParsesAnswer() {
        for (String text : new String[] {"2024-02-29T23:59:59.5Z", "+10000-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
            "2026-12-01T12:00:00.123456789Z", "2026-12-01T24:00:00Z", "2026-12-31T23:59:60Z", "2026-12-01T12:00:00.Z",
            "2026-12-01T12:00:00+01:00", "2026-12-01T12:00:00.1234567890Z"}) {
            Object expected = outcome(() -> Instant.parse(text));
            assertThat(outcome(() -> read(text, 0, text.length()))).as(text).isEqualTo(expected);
        }
    }

    @Example
    void malformedOrOutOfRangeTextIsRefused() {
        for (String text : new String[] {"2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-12-01T12:60:00Z",
            "2026-12-01T12:00:00", "2026-12-01 12:00:00Z", "2026-12-0aT12:00:00Z", ""}) {
            assertThatThrownBy(() -> read(text, 0, text.length())).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }

    /** @return the instant, or the class of the exception it throws */
    private static Object outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    private static Instant read(String text, int off, int len) {
        return IsoInstant.parse(text.toCharArray(), off, len);
    }
}
