package dev.multichat.internal.feed;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionListener;
import dev.multichat.api.StoreException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls one {@link SessionListener}, turning what it throws into a {@link ListenerFailure}. */
final class SessionCalls {
    private static final Logger LOG = LoggerFactory.getLogger(SessionCalls.class);
    private final SessionListener listener;
    private final SessionId id;

    SessionCalls(SessionListener listener, SessionId id) {
        this.listener = listener;
        this.id = id;
    }

    /**
     * @param messages unmodifiable (the same list goes to every follower), not empty
     * @return the last message's seq
     */
    long messages(List<ChatMessage> messages) {
        try {
            listener.onMessages(messages);
        } catch (RuntimeException e) {
            throw new ListenerFailure(e);
        }
        return messages.get(messages.size() - 1).seq();
    }

    void error(StoreException error) {
        try {
            listener.onError(error);
        } catch (RuntimeException e) {
            throw new ListenerFailure(e);
        }
    }

    /** Never throws: the listener's last call. */
    void end(FeedEnd reason, RuntimeException cause) {
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
