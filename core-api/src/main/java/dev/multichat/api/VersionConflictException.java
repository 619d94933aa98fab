package dev.multichat.api;

/**
 * An {@link Expect#version(long)} did not match the session's current version. Nothing was
 * written. Reload the session, reapply the change and retry with the new version.
 */
public class VersionConflictException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** The session concerned. */
    private final SessionId id;
    /** The version the caller expected. */
    private final long expected;
    /** The version the store holds. */
    private final long current;

    /**
     * @param id the session
     * @param expected the version the caller expected
     * @param current the version the session has now
     */
    public VersionConflictException(SessionId id, long expected, long current) {
        super("session '" + id.value() + "' is at version " + current + ", not the expected "
                + expected + "; nothing was written: reload the session and retry with version "
                + current);
        this.id = id;
        this.expected = expected;
        this.current = current;
    }

    /** @return the session concerned */
    public SessionId id() {
        return id;
    }

    /** @return the version the caller expected */
    public long expected() {
        return expected;
    }

    /** @return the session's current version at the time of the conflict */
    public long current() {
        return current;
    }
}
