package dev.multichat.api;

import java.util.List;

/**
 * Receives one session's new messages from {@link SessionStore#followSession}. The store calls
 * it from its own threads, never two calls at once for one subscription, never from the thread
 * that appended. A method that throws ends the subscription ({@link FeedEnd#LISTENER_FAILED})
 * and affects no other subscription. A method that blocks delays only its own subscription.
 */
public interface SessionListener {
    /**
     * The next messages: ascending seq order, each seq exactly once, continuing directly after
     * the last one delivered (or after the {@code afterSeq} given) unless messages in between
     * were trimmed before they could be read.
     *
     * @param messages one or more messages, never empty
     */
    void onMessages(List<ChatMessage> messages);

    /**
     * The backend failed while the feed was reading (an outage); called once per outage. The
     * subscription stays active and resumes without gaps once the backend is back.
     *
     * @param error what failed, usually a {@link StoreUnavailableException}
     */
    default void onError(StoreException error) {
    }

    /**
     * The feed ended on its own; the last call this listener gets. Not called after
     * {@link Subscription#close()}.
     *
     * @param reason why
     */
    default void onEnd(FeedEnd reason) {
    }
}
