package dev.multichat.api;

/**
 * An argument broke a rule of the API (a bad id, an oversized message, a null where a value
 * is required...). Raised before anything is written; the message names the value, the rule
 * and the fix.
 */
public class InvalidInputException extends StoreException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the offending value, the rule it broke and how to fix it
     */
    public InvalidInputException(String message) {
        super(message);
    }

    /**
     * @param message the offending value, the rule it broke and how to fix it
     * @param cause the parse or decoding failure behind it
     */
    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
