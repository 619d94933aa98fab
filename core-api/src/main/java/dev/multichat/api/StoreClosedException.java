package dev.multichat.api;

/** The store was used after {@link SessionStore#close()}. Open a new store. */
public class StoreClosedException extends StoreUnavailableException {
    private static final long serialVersionUID = 1L;

    /**
     * @param store what was closed, for example the store's URI
     */
    public StoreClosedException(String store) {
        super("store " + store + " is closed; open a new one with SessionStores.open");
    }
}
