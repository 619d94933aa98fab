package dev.multichat.api;

import dev.multichat.internal.Require;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A change to a session's info. A null field is left unchanged; at least one must be set.
 * A new TTL counts from the moment of the update.
 *
 * @param title the new title, or null
 * @param metadata the new metadata (replaces the whole map), or null
 * @param ttl the new TTL ({@link Ttl#NONE} removes expiry), or null
 */
public record SessionPatch(@Nullable String title, @Nullable Map<String, String> metadata, @Nullable Ttl ttl) {
    /**
     * @throws InvalidInputException if nothing is set or a value breaks its rule
     */
    public SessionPatch {
        Require.argument(title != null || metadata != null || ttl != null,
                "a session patch must change something: set a title, metadata or a ttl");
        if (title != null) {
            SessionInfo.checkTitle(title);
        }
        if (metadata != null) {
            metadata = Require.smallMap(metadata, "metadata");
        }
    }

    /**
     * @param title the new title
     * @return a patch that changes only the title
     */
    public static SessionPatch title(String title) {
        return new SessionPatch(Require.nonNull(title, "title"), null, null);
    }

    /**
     * @param metadata the new metadata
     * @return a patch that replaces only the metadata
     */
    public static SessionPatch metadata(Map<String, String> metadata) {
        return new SessionPatch(null, Require.nonNull(metadata, "metadata"), null);
    }

    /**
     * @param ttl the new TTL
     * @return a patch that changes only the TTL
     */
    public static SessionPatch ttl(Ttl ttl) {
        return new SessionPatch(null, null, Require.nonNull(ttl, "ttl"));
    }

    /**
     * @param current the session's current info
     * @return the info after this patch
     */
    public SessionInfo applyTo(SessionInfo current) {
        return new SessionInfo(current.owner(), title == null ? current.title() : title,
                metadata == null ? current.metadata() : metadata, ttl == null ? current.ttl() : ttl);
    }
}
