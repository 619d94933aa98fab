package dev.multichat.api;

/**
 * Receives changes to one owner's sessions from {@link SessionStore#followOwner}: at-least-once,
 * each event carrying the session's version so that a client drops what it already has. Called
 * from the store's threads, never two calls at once for one subscription. A method that throws
 * ends the subscription ({@link FeedEnd#LISTENER_FAILED}) and affects no other.
 */
public interface OwnerListener {
    /** @param event one change to one of the owner's sessions */
    void onEvent(SessionEvent event);

    /**
     * The backend failed while the feed was reading; called once per outage. The subscription
     * stays active and catches up once the backend is back.
     *
     * @param error what failed, usually a {@link StoreUnavailableException}
     */
    default void onError(StoreException error) {
    }

    /**
     * The feed ended on its own ({@link FeedEnd#STORE_CLOSED} or
     * {@link FeedEnd#LISTENER_FAILED}); the last call. Not called after {@link Subscription#close()}.
     *
     * @param reason why
     */
    default void onEnd(FeedEnd reason) {
    }
}
