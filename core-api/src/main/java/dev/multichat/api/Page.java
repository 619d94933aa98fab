package dev.multichat.api;

import dev.multichat.internal.Require;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of results.
 *
 * @param items the items, in list order
 * @param nextCursor the opaque cursor of the next page, or null when this page is the last
 * @param <T> the item type
 */
public record Page<T>(List<T> items, @Nullable String nextCursor) {
    /**
     * @throws InvalidInputException if items is null
     */
    public Page {
        items = List.copyOf(Require.nonNull(items, "items"));
    }

    /** @return whether a next page exists */
    public boolean hasNext() {
        return nextCursor != null;
    }
}
