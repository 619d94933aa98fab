package dev.multichat.api;

/** Why a feed ended on its own: passed once to the listener's {@code onEnd}, the last call it gets. */
public enum FeedEnd {
    /**
     * The followed session was deleted or expired. Messages the feed had read were delivered;
     * messages appended just before the deletion and not yet read are gone with the session.
     */
    SESSION_GONE,
    /** The store was closed; nothing more will be delivered. */
    STORE_CLOSED,
    /** The listener threw; the subscription was closed so that it cannot affect others. */
    LISTENER_FAILED
}
