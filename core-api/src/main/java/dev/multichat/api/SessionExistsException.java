package dev.multichat.api;

/** {@link SessionCatalog#create} was asked for an id that is already taken by a live session. */
public class SessionExistsException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** The id that is taken. */
    private final SessionId id;

    /**
     * @param id the id that is already taken
     */
    public SessionExistsException(SessionId id) {
        super("session '" + id.value() + "' already exists; choose another id, or use find()"
                + " to load the existing one");
        this.id = id;
    }

    /** @return the id that is taken */
    public SessionId id() {
        return id;
    }
}
