package dev.multichat.spi;

import dev.multichat.api.ChatSession;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.Page;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.internal.Require;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * A position in an owner's session list, which is ordered by {@code updatedAt} descending,
 * then id ascending. Callers see it only as the opaque text of {@link Page#nextCursor()};
 * backends decode it ({@link #of(SessionQuery)}) to run a keyset query: the next page holds
 * the sessions for which {@link #precedes(ChatSession)} is true. Immutable.
 *
 * @param updatedAt the last listed session's {@code updatedAt}
 * @param id the last listed session's id
 */
public record SessionCursor(Instant updatedAt, SessionId id) {
    private static final String PREFIX = "v1:";

    /**
     * @throws InvalidInputException if a field is null
     */
    public SessionCursor {
        Require.nonNull(updatedAt, "cursor time");
        Require.nonNull(id, "cursor id");
    }

    /**
     * @param session the last session of a page
     * @return the cursor positioned just after it
     */
    public static SessionCursor after(ChatSession session) {
        return new SessionCursor(session.state().updatedAt(), session.id());
    }

    /**
     * @param query a listing query
     * @return where its page starts, or null for the first page
     */
    public static @Nullable SessionCursor of(SessionQuery query) {
        return query.cursor() == null ? null : decode(query.cursor());
    }

    /** @return the opaque text form */
    public String encode() {
        String plain = PREFIX + updatedAt.toEpochMilli() + ":" + id.value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param text a cursor from {@link Page#nextCursor()}
     * @return the decoded cursor
     * @throws InvalidInputException if the text is not a cursor this library issued
     */
    public static SessionCursor decode(String text) {
        Require.nonNull(text, "cursor");
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            Require.argument(plain.startsWith(PREFIX), "bad prefix");
            int split = plain.indexOf(':', PREFIX.length());
            long millis = Long.parseLong(plain.substring(PREFIX.length(), split));
            return new SessionCursor(Instant.ofEpochMilli(millis), SessionId.of(plain.substring(split + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | InvalidInputException e) {
            throw new InvalidInputException("cursor '" + text + "' is not one this store issued;"
                    + " pass the nextCursor of a previous page, or null for the first page", e);
        }
    }

    /**
     * @param session a session
     * @return whether the session lies after this cursor in list order
     */
    public boolean precedes(ChatSession session) {
        int byTime = session.state().updatedAt().compareTo(updatedAt);
        return byTime < 0 || byTime == 0 && session.id().compareTo(id) > 0;
    }
}
