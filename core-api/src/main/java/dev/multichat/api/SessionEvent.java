package dev.multichat.api;

import dev.multichat.internal.Require;

/**
 * A change to one of an owner's sessions, from {@link SessionStore#followOwner}.
 *
 * @param kind what happened
 * @param id the session
 * @param version the session's version after the change (for a deletion or expiry: the last
 *     version the feed saw)
 * @param lastSeq the session's last seq after the change (as for {@code version})
 */
public record SessionEvent(Kind kind, SessionId id, long version, long lastSeq) {
    /** What happened to the session. */
    public enum Kind {
        /** It was created. */
        CREATED,
        /** Messages were appended ({@code lastSeq} grew). */
        APPENDED,
        /** Its title, metadata or TTL changed ({@code lastSeq} stayed). */
        UPDATED,
        /**
         * Messages were trimmed: a write that changed neither {@code lastSeq} nor the title,
         * metadata or TTL. (An update that set every field to its old value looks the same and is
         * reported as a trim.)
         */
        TRIMMED,
        /** It was deleted. */
        DELETED,
        /** It expired. */
        EXPIRED
    }

    /** @throws InvalidInputException if the kind or id is missing */
    public SessionEvent {
        Require.nonNull(kind, "kind");
        Require.nonNull(id, "id");
    }
}
