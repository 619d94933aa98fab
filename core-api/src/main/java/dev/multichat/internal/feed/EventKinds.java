package dev.multichat.internal.feed;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionEvent;
import dev.multichat.api.SessionEvent.Kind;
import dev.multichat.api.SessionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns two states of an owner's sessions into {@link SessionEvent}s: what kind of change a
 * session went through, judged from what the catalog shows (a write from another process
 * carries no kind). Stateless.
 */
final class EventKinds {
    private EventKinds() {
    }

    /**
     * @param old the session as last seen, or null if it was not known
     * @param now the session now
     * @return the event, or null if the version did not change
     */
    static SessionEvent changed(ChatSession old, ChatSession now) {
        if (old == null) {
            return event(Kind.CREATED, now);
        }
        if (old.version() == now.version()) {
            return null;
        }
        if (now.lastSeq() > old.lastSeq()) {
            return event(Kind.APPENDED, now);
        }
        return event(now.info().equals(old.info()) ? Kind.TRIMMED : Kind.UPDATED, now);
    }

    /**
     * @param old the session as last seen before it disappeared
     * @param at the store's time now
     * @return EXPIRED if its expiry had passed at {@code at}, else DELETED
     */
    static SessionEvent gone(ChatSession old, Instant at) {
        return event(old.state().expiredAt(at) ? Kind.EXPIRED : Kind.DELETED, old);
    }

    /**
     * @param before the sessions as last listed
     * @param after the sessions listed now
     * @param at the store's time now
     * @return one event per session created, changed or gone between the two listings
     */
    static List<SessionEvent> diff(Map<SessionId, ChatSession> before, Map<SessionId, ChatSession> after,
                                   Instant at) {
        List<SessionEvent> events = new ArrayList<>();
        for (ChatSession s : after.values()) {
            SessionEvent e = changed(before.get(s.id()), s);
            if (e != null) {
                events.add(e);
            }
        }
        for (ChatSession s : before.values()) {
            if (!after.containsKey(s.id())) {
                events.add(gone(s, at));
            }
        }
        return events;
    }

    private static SessionEvent event(Kind kind, ChatSession s) {
        return new SessionEvent(kind, s.id(), s.version(), s.lastSeq());
    }
}
