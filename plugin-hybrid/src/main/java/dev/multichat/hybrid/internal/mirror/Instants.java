package dev.multichat.hybrid.internal.mirror;

import dev.multichat.spi.IsoInstant;
import java.time.Instant;

/**
 * Instants as text in a cached copy: epoch milliseconds when the instant has millisecond
 * precision (as stores' timestamps do: one {@code Long.parseLong} to read back), its
 * {@code Instant.toString} form otherwise (read by {@link IsoInstant}). Stateless.
 */
final class Instants {
    private static final int NANOS_PER_MILLI = 1_000_000;

    private Instants() {
    }

    static String text(Instant at) {
        return at.getNano() % NANOS_PER_MILLI == 0 ? Long.toString(at.toEpochMilli()) : at.toString();
    }

    /** @throws RuntimeException if the text is neither form */
    static Instant parse(String text) {
        return text.indexOf('T') < 0 ? Instant.ofEpochMilli(Long.parseLong(text)) : IsoInstant.parse(text);
    }
}
