package dev.multichat.api;

/**
 * The store was used after {@link SessionStore#close()}, or was closed while the call ran.
 * Not retryable on this instance (unlike {@link StoreUnavailableException}): open a new store.
 * A call that failed this way because the store closed under it may or may not have taken
 * effect, like one that failed with {@link StoreUnavailableException}; retry appends on the new
 * store with the same message ids.
 */
public class StoreClosedException extends StoreException {
    private static final long serialVersionUID = 1L;

    /**
     * @param store what was closed, for example the store's URI (credentials redacted)
     */
    public StoreClosedException(String store) {
        super("store " + store + " is closed; open a new one with SessionStores.open");
    }

    /**
     * @param store what was closed
     * @param cause the backend's failure of a call that was running when the store closed
     */
    public StoreClosedException(String store, Throwable cause) {
        super("store " + store + " was closed while this call ran, which may or may not have taken"
                + " effect; open a new one with SessionStores.open (retry appends with the same message"
                + " ids)", cause);
    }
}
