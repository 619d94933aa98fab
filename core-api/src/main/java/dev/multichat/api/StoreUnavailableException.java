package dev.multichat.api;

/**
 * The backend could not be reached or did not answer within the configured timeout. The
 * operation may or may not have taken effect: retry appends with caller-chosen message ids
 * (see {@link MessageDraft#id()}) to make the retry safe.
 */
public class StoreUnavailableException extends StoreException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed and what to check
     * @param cause the driver's or file system's error
     */
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * @param message what failed and what to check
     */
    public StoreUnavailableException(String message) {
        super(message);
    }
}
