package dev.multichat.app.live;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.SessionListener;
import java.util.List;

/**
 * Turns one session's feed into {@code message} events and its end into the {@code end} event.
 * Called on the feed's delivery thread; waits only when this client's queue is full (the feed
 * then holds back this subscription alone and catches up from the store later).
 */
final class SessionStream implements SessionListener {

    private final SseOutput output;
    private final EventCache cache;

    SessionStream(SseOutput output, EventCache cache) {
        this.output = output;
        this.cache = cache;
    }

    @Override
    public void onMessages(List<ChatMessage> messages) {
        output.send(cache.messages(messages));
    }

    @Override
    public void onEnd(FeedEnd reason) {
        output.finish(SseEvents.end(reason));
    }
}
