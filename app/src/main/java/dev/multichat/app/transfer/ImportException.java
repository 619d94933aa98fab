package dev.multichat.app.transfer;

/** A line of an import file that cannot be imported; the message names its line number. */
public final class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A bad line.
     *
     * @param line the 1-based line number
     * @param message what is wrong with it and what to do
     */
    public ImportException(long line, String message) {
        super("line " + line + ": " + message, null, false, false);
    }
}
