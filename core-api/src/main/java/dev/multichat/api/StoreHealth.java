package dev.multichat.api;

import dev.multichat.internal.Require;
import java.util.Map;

/**
 * A store's view of itself.
 *
 * @param status up, degraded (serving, with reduced guarantees) or down
 * @param detail one human sentence
 * @param details backend-specific facts (path, server, pool sizes...)
 */
public record StoreHealth(Status status, String detail, Map<String, String> details) {
    /** Overall state. */
    public enum Status {
        /** Fully working. */
        UP,
        /** Serving, with reduced guarantees (see detail). */
        DEGRADED,
        /** Not serving. */
        DOWN
    }

    /**
     * @throws InvalidInputException if a field is null
     */
    public StoreHealth {
        Require.nonNull(status, "status");
        Require.nonNull(detail, "detail");
        details = Map.copyOf(Require.nonNull(details, "details"));
    }

    /**
     * @param detail one sentence
     * @return an UP health with no details
     */
    public static StoreHealth up(String detail) {
        return new StoreHealth(Status.UP, detail, Map.of());
    }
}
