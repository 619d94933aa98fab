package dev.multichat.api;

import dev.multichat.internal.Require;

/**
 * A session as stored: identity, what the caller said about it, and the store's state.
 * Immutable snapshot; it does not change when the stored session does.
 *
 * @param id the session's id
 * @param info owner, title, metadata and TTL
 * @param state times, version and last seq
 */
public record ChatSession(SessionId id, SessionInfo info, SessionState state) {
    /**
     * @throws InvalidInputException if a field is null
     */
    public ChatSession {
        Require.nonNull(id, "id");
        Require.nonNull(info, "info");
        Require.nonNull(state, "state");
    }

    /** @return the session's version, for {@link Expect#version(long)} */
    public long version() {
        return state.version();
    }

    /** @return the session's owner */
    public String owner() {
        return info.owner();
    }

    /** @return the seq of the newest message, 0 if none was ever appended */
    public long lastSeq() {
        return state.lastSeq();
    }
}
