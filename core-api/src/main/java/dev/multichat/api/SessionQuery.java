package dev.multichat.api;

import dev.multichat.internal.Require;
import dev.multichat.spi.SessionCursor;
import org.jspecify.annotations.Nullable;

/**
 * One page of an owner's sessions, most recently active first ({@code updatedAt}
 * descending, then id ascending). Expired sessions are never listed.
 *
 * @param owner whose sessions
 * @param limit page size, 1 to {@link #MAX_LIMIT}
 * @param cursor {@link Page#nextCursor()} of the previous page, or null for the first
 */
public record SessionQuery(String owner, int limit, @Nullable String cursor) {
    /** Largest page. */
    public static final int MAX_LIMIT = 1000;

    /**
     * @throws InvalidInputException if the owner, limit or cursor is invalid
     */
    public SessionQuery {
        SessionInfo.checkOwner(owner);
        Require.argument(limit >= 1 && limit <= MAX_LIMIT, "page limit must be 1 to %d, got %d",
                MAX_LIMIT, limit);
        if (cursor != null) {
            SessionCursor.decode(cursor);
        }
    }

    /**
     * @param owner whose sessions
     * @param limit page size
     * @return the first page's query
     */
    public static SessionQuery first(String owner, int limit) {
        return new SessionQuery(owner, limit, null);
    }

    /**
     * @param page the previous page
     * @return the query for the page after it
     * @throws InvalidInputException if that page was the last
     */
    public SessionQuery next(Page<?> page) {
        Require.argument(page.nextCursor() != null, "that page was the last; there is no next page");
        return new SessionQuery(owner, limit, page.nextCursor());
    }
}
