package dev.multichat.hybrid.internal.tier;

import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreReading;
import java.util.List;

/**
 * Reads a fast tier's count of connection changes: the counter reading {@value #READING} that a
 * store may publish (plugin-redis does, for a store it opened by URI), counting every connection
 * its client opened or lost, incremented before any reply read on a new connection completes its
 * call. Stateless.
 */
final class Connections {
    /** The reading's name. */
    static final String READING = "multichat.connection.changes";
    /** What {@link #changes} answers for a fast tier that publishes no such reading. */
    static final long UNKNOWN = -1;

    private Connections() {
    }

    /**
     * @param fast the fast tier
     * @return its connection changes so far, or {@link #UNKNOWN}
     */
    static long changes(SessionStore fast) {
        List<StoreReading> readings = fast.readings();
        for (StoreReading reading : readings) {
            if (READING.equals(reading.name())) {
                return (long) reading.value();
            }
        }
        return UNKNOWN;
    }
}
