package dev.multichat.api;

/**
 * Root of every error a {@link SessionStore} raises. Unchecked; each subclass names one
 * kind of failure, and every message says what was wrong and what to do about it.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was wrong and what to do
     */
    public StoreException(String message) {
        super(message);
    }

    /**
     * @param message what was wrong and what to do
     * @param cause the underlying failure, always chained
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
