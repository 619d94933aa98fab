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
 * A full listing of an owner's sessions, given to a follower whose buffer overflowed: compared
 * with what that follower last delivered of each session, it yields one event per session that
 * changed meanwhile (kinds as far as a listing tells: a change without new messages shows as
 * {@link Kind#UPDATED}) and per session gone.
 *
 * @param now the sessions listed now
 * @param before the sessions as the watch knew them before this listing (tells expiry)
 * @param at the store's time of the listing
 */
record OwnerSnapshot(Map<SessionId, ChatSession> now, Map<SessionId, ChatSession> before, Instant at) {
    /**
     * @param delivered the last event the follower delivered per session it believes alive
     * @return the events that bring it up to date
     */
    List<SessionEvent> events(Map<SessionId, SessionEvent> delivered) {
        List<SessionEvent> events = new ArrayList<>();
        for (ChatSession s : now.values()) {
            SessionEvent last = delivered.get(s.id());
            if (last == null) {
                events.add(new SessionEvent(Kind.CREATED, s.id(), s.version(), s.lastSeq()));
            } else if (last.version() != s.version()) {
                Kind kind = s.lastSeq() > last.lastSeq() ? Kind.APPENDED : Kind.UPDATED;
                events.add(new SessionEvent(kind, s.id(), s.version(), s.lastSeq()));
            }
        }
        for (SessionEvent last : delivered.values()) {
            if (!now.containsKey(last.id())) {
                ChatSession old = before.get(last.id());
                events.add(old != null ? EventKinds.gone(old, at)
                        : new SessionEvent(Kind.DELETED, last.id(), last.version(), last.lastSeq()));
            }
        }
        return events;
    }
}
