package dev.multichat.internal.feed;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionListener;
import dev.multichat.api.StoreException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a {@link SessionListener}, turning what it throws into a {@link ListenerFailure}.
 * Static, so that a follower holds its listener itself (one object less per follower to reach
 * on every walk).
 */
final class SessionCalls {
    private static final Logger LOG = LoggerFactory.getLogger(SessionCalls.class);

    private SessionCalls() {
    }

    /**
     * @param listener the listener called
     * @param messages unmodifiable (the same list goes to every follower), not empty
     * @return the last message's seq
     */
    static long messages(SessionListener listener, List<ChatMessage> messages) {
        try {
            listener.onMessages(messages);
        } catch (RuntimeException e) {
            throw new ListenerFailure(e);
        }
        return messages.get(messages.size() - 1).seq();
    }

    /**
     * @param listener the listener called
     * @param error the outage reported
     */
    static void error(SessionListener listener, StoreException error) {
        try {
            listener.onError(error);
        } catch (RuntimeException e) {
            throw new ListenerFailure(e);
        }
    }

    /**
     * The listener's last call; never throws.
     *
     * @param listener the listener called
     * @param id the session it followed (for the log)
     * @param reason why its feed ends
     * @param cause what it threw, if that ended the feed (logged), or null
     */
    static void end(SessionListener listener, SessionId id, FeedEnd reason, RuntimeException cause) {
        if (cause != null) {
            LOG.warn("a listener following session {} threw; its subscription ends", id, cause);
        }
        try {
            listener.onEnd(reason);
        } catch (RuntimeException e) {
            LOG.warn("a listener following session {} threw from onEnd({})", id, reason, e);
        }
    }
}
