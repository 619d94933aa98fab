package dev.multichat.api;

/**
 * A live subscription to a store's change feed, returned by
 * {@link SessionStore#followSession} and {@link SessionStore#followOwner}. Thread-safe.
 */
public interface Subscription extends AutoCloseable {
    /**
     * Stops delivery at once: after this returns, the listener is not called again (a call
     * already running on another thread finishes). Idempotent; never throws.
     */
    @Override
    void close();

    /** @return false once closed, or once the feed ended (see {@link FeedEnd}) */
    boolean isActive();
}
