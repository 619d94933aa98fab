package dev.multichat.app.http;

/**
 * An error the API answers with as it is: an HTTP status, a stable code and a message for the
 * client (never a stack trace, never a credential).
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int status;
    /** The stable, machine-readable code. */
    private final String code;

    /**
     * An error to answer with.
     *
     * @param status the HTTP status
     * @param code the stable code, e.g. {@code invalid_input}
     * @param message what was wrong and what to do
     */
    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /**
     * The HTTP status.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * The stable code.
     *
     * @return the code
     */
    public String code() {
        return code;
    }
}
