package dev.multichat.api;

/** The session does not exist, was deleted, or has expired (expired sessions are invisible). */
public class SessionNotFoundException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** The id that was asked for. */
    private final SessionId id;

    /**
     * @param id the session that was not found
     */
    public SessionNotFoundException(SessionId id) {
        super("session '" + id.value() + "' does not exist (never created, deleted or expired);"
                + " create it first with SessionStore.create");
        this.id = id;
    }

    /** @return the id that was not found */
    public SessionId id() {
        return id;
    }
}
