package dev.multichat.api;

import java.util.Optional;

/**
 * Session-level operations of a {@link SessionStore}. All methods are thread-safe and safe
 * across processes sharing one backend. Expired sessions are invisible to every method.
 */
public interface SessionCatalog {
    /**
     * Creates a session at version 1 with no messages. An id held by an expired session may
     * be reused.
     *
     * @param spec id, owner, title, metadata, TTL
     * @return the stored session
     * @throws SessionExistsException if a live session has that id; nothing is changed
     * @throws InvalidInputException if the spec breaks a limit
     */
    ChatSession create(NewSession spec);

    /**
     * @param id the session
     * @return the session, or empty if it does not exist or has expired
     */
    Optional<ChatSession> find(SessionId id);

    /**
     * Lists an owner's live sessions, most recently active first. Paging with the returned
     * cursor never repeats a session and never skips one that is not written meanwhile; a
     * session written between pages moves to the front and may then be missed by the
     * remaining pages.
     *
     * @param query owner, page size and cursor
     * @return one page
     */
    Page<ChatSession> list(SessionQuery query);

    /**
     * Changes title, metadata and/or TTL, and bumps the version.
     *
     * @param id the session
     * @param patch what to change
     * @param expect a version precondition
     * @return the session after the change
     * @throws SessionNotFoundException if it does not exist or has expired
     * @throws VersionConflictException if {@code expect} does not match; nothing is written
     */
    ChatSession update(SessionId id, SessionPatch patch, Expect expect);

    /**
     * Deletes a session and all its messages. The id may then be created again.
     *
     * @param id the session
     * @return true if a live session was deleted, false if there was none
     */
    boolean delete(SessionId id);
}
