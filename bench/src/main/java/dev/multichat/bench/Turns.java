package dev.multichat.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The text of each message the adapter benchmarks and their peers add: {@link Payload#TEXT} (200
 * characters) ending in a number no earlier call returned, so every added message differs from
 * every other. A store that rewrites the whole conversation then really writes it: SQLite skips
 * writing a row whose new value is byte-for-byte the old one, so a whole-list store adding copies
 * of one text to a full window would commit without writing (and without an fsync). Thread-safe.
 */
final class Turns {
    private static final AtomicLong NEXT = new AtomicLong();

    private Turns() {
    }

    /** @return a new 200-character message text, different from every earlier one */
    static String text() {
        String number = Long.toString(NEXT.incrementAndGet());
        return Payload.TEXT.substring(0, Payload.SIZE - number.length()) + number;
    }
}
