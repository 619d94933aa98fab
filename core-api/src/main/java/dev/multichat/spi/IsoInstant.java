package dev.multichat.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads stored times without {@link Instant#parse}'s general formatter, which costs a few
 * microseconds per call (a store reading twenty messages pays it twenty times): stores write
 * {@link Instant#toString()}'s form, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, which is read here
 * digit by digit (from a JSON parser's own characters: no string, no formatter state). Anything
 * else, or a value out of range (a leap second, year 10000 and after), goes to
 * {@code Instant.parse}, which accepts or refuses it as before: the result is always what
 * {@code Instant.parse} returns. Thread-safe (stateless).
 */
public final class IsoInstant {
    private static final int SHORTEST = 20;
    private static final int LONGEST = 30;

    private IsoInstant() {
    }

    /**
     * @param text an instant as {@link Instant#toString()} writes it
     * @return the instant it spells
     * @throws java.time.format.DateTimeParseException if it is no ISO instant
     */
    public static Instant parse(String text) {
        return parse(text.toCharArray(), 0, text.length());
    }

    /**
     * @param chars characters holding the text
     * @param off where it starts
     * @param len how long it is
     * @return the instant {@code chars[off, off+len)} spells
     * @throws java.time.format.DateTimeParseException if it is no ISO instant
     */
    public static Instant parse(char[] chars, int off, int len) {
        Instant fast = len >= SHORTEST && len <= LONGEST && shaped(chars, off, len) ? fields(chars, off, len) : null;
        return fast != null ? fast : Instant.parse(new String(chars, off, len));
    }

    /** @return whether the separators stand where {@code Instant.toString} puts them */
    private static boolean shaped(char[] c, int off, int len) {
        return c[off + 4] == '-' && c[off + 7] == '-' && c[off + 10] == 'T' && c[off + 13] == ':'
                && c[off + 16] == ':' && c[off + len - 1] == 'Z' && (len == SHORTEST || len > SHORTEST + 1
                && c[off + 19] == '.');
    }

    /** @return the instant, or null if a field is not digits or out of the fast path's range */
    private static Instant fields(char[] c, int off, int len) {
        long day = epochDay(c, off);
        int second = secondOfDay(c, off + 11);
        int fraction = len == SHORTEST ? 0 : digits(c, off + 20, len - SHORTEST - 1);
        if (day == Long.MIN_VALUE || second < 0 || fraction < 0) {
            return null;
        }
        return Instant.ofEpochSecond(day * 86_400 + second, fraction * pow10(9 - Math.max(0, len - SHORTEST - 1)));
    }

    /** @return the epoch day of {@code yyyy-MM-dd} at {@code off}, Long.MIN_VALUE if it is none */
    private static long epochDay(char[] c, int off) {
        int year = digits(c, off, 4);
        int month = digits(c, off + 5, 2);
        int day = digits(c, off + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return Long.MIN_VALUE;
        }
        return LocalDate.of(year, month, day).toEpochDay();
    }

    /** @return the second of the day of {@code HH:mm:ss} at {@code off}, -1 if it is none (or a leap second) */
    private static int secondOfDay(char[] c, int off) {
        int hour = digits(c, off, 2);
        int minute = digits(c, off + 3, 2);
        int second = digits(c, off + 6, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return -1;
        }
        return hour * 3_600 + minute * 60 + second;
    }

    /** @return the decimal number of {@code count} digits at {@code off}, -1 if one is no digit */
    private static int digits(char[] c, int off, int count) {
        int value = 0;
        for (int i = off; i < off + count; i++) {
            int d = c[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int pow10(int n) {
        int value = 1;
        for (int i = 0; i < n; i++) {
            value *= 10;
        }
        return value;
    }
}
