package dev.multichat.api;

import dev.multichat.internal.Require;
import java.util.Map;

/**
 * What a caller says about a session. Immutable; the metadata map is copied.
 *
 * @param owner the tenant or user the session belongs to, 1 to 256 characters; sessions are
 *     listed by owner
 * @param title a display title, 0 to 1,024 characters
 * @param metadata small string map, at most {@link StoreLimits#maxMetadata()} entries
 * @param ttl the session's lifetime; {@link Ttl#NONE} for none
 */
public record SessionInfo(String owner, String title, Map<String, String> metadata, Ttl ttl) {
    /** Longest owner accepted. */
    public static final int MAX_OWNER = 256;
    /** Longest title accepted. */
    public static final int MAX_TITLE = 1024;

    /**
     * @throws InvalidInputException if a field breaks its rule
     */
    public SessionInfo {
        checkOwner(owner);
        checkTitle(title);
        metadata = Require.smallMap(metadata, "metadata");
        Require.nonNull(ttl, "ttl");
    }

    /**
     * @param owner the owner
     * @return info with an empty title, no metadata and no TTL
     */
    public static SessionInfo of(String owner) {
        return new SessionInfo(owner, "", Map.of(), Ttl.NONE);
    }

    /**
     * @param owner an owner to check
     * @return the owner
     * @throws InvalidInputException if it is null, empty, longer than 256 characters or not
     *     storable text
     */
    public static String checkOwner(String owner) {
        Require.nonNull(owner, "owner");
        Require.argument(!owner.isEmpty() && owner.length() <= MAX_OWNER,
                "owner must be 1 to %d characters, got %d", MAX_OWNER, owner.length());
        return Require.storableText(owner, "owner");
    }

    /**
     * @param title a title to check
     * @return the title
     * @throws InvalidInputException if it is null, longer than 1,024 characters or not storable
     */
    static String checkTitle(String title) {
        Require.nonNull(title, "title");
        Require.argument(title.length() <= MAX_TITLE, "title has %d characters, more than %d;"
                + " shorten it", title.length(), MAX_TITLE);
        return Require.storableText(title, "title");
    }
}
