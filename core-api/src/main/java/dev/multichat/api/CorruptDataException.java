package dev.multichat.api;

/**
 * Stored data could not be read back as written. The message names the file, key or row.
 * Only the affected session fails; the rest of the store keeps working.
 */
public class CorruptDataException extends StoreException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message where the bad data is and what to do (restore, repair, delete)
     */
    public CorruptDataException(String message) {
        super(message);
    }

    /**
     * @param message where the bad data is and what to do
     * @param cause the parse or checksum failure
     */
    public CorruptDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
