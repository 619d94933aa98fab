package dev.multichat.app.live;

import dev.multichat.api.ChatSession;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.OwnerListener;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionEvent;

/**
 * Turns one owner's feed into {@code session} events, each with the session read after the
 * change (none for a deletion or expiry), and its end into the {@code end} event. Called on the
 * feed's delivery thread; waits only when this client's queue is full.
 */
final class OwnerStream implements OwnerListener {

    private final SseOutput output;
    private final SessionCatalog catalog;

    OwnerStream(SseOutput output, SessionCatalog catalog) {
        this.output = output;
        this.catalog = catalog;
    }

    @Override
    public void onEvent(SessionEvent event) {
        boolean gone = event.kind() == SessionEvent.Kind.DELETED || event.kind() == SessionEvent.Kind.EXPIRED;
        ChatSession session = gone ? null : catalog.find(event.id()).orElse(null);
        output.send(SseEvents.session(event, session));
    }

    @Override
    public void onEnd(FeedEnd reason) {
        output.finish(SseEvents.end(reason));
    }
}
