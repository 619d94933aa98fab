package dev.multichat.internal.feed;

import dev.multichat.api.ChatSession;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionEvent;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.StoreException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The hub's watch over one owner's sessions. The {@link OwnerRouter} hands it each hinted
 * session it read ({@link #seen}, {@link #gone}) and, on the periodic check or a hint that names
 * no session, has it list them all and compare ({@link #relist}); the differences become
 * {@link SessionEvent}s for every follower (one read, however many followers). Called on the
 * hub's watcher thread only, except {@link #add}, {@link #remove}, {@link #known} and {@link #signal}.
 */
final class OwnerWatch {
    private static final int PAGE = SessionQuery.MAX_LIMIT;
    private final String owner;
    private final SessionCatalog catalog;
    private final Clock clock;
    private final List<OwnerFollower> followers = new CopyOnWriteArrayList<>();
    private final Map<SessionId, ChatSession> known = new ConcurrentHashMap<>();

    /**
     * Lists the owner's sessions (the state followers start from).
     *
     * @param owner the owner
     * @param catalog where the sessions are listed
     * @param clock tells an expiry from a deletion
     */
    OwnerWatch(String owner, SessionCatalog catalog, Clock clock) {
        this.owner = owner;
        this.catalog = catalog;
        this.clock = clock;
        known.putAll(listAll());
    }

    /** @return the sessions the watch knows now (a new follower starts from them) */
    Map<SessionId, ChatSession> known() {
        return Map.copyOf(known);
    }

    /** @param follower a new follower; it sees changes from the watch's next read on */
    void add(OwnerFollower follower) {
        followers.add(follower);
    }

    /** @return whether the watch has no follower left */
    boolean remove(OwnerFollower follower) {
        followers.remove(follower);
        return followers.isEmpty();
    }

    /**
     * @param reason why every follower's feed ends, or null
     * @param failure an outage to report, or null
     */
    void signal(FeedEnd reason, StoreException failure) {
        followers.forEach(f -> f.signal(failure, reason));
    }

    /** @param session one of the owner's sessions, as just read */
    void seen(ChatSession session) {
        SessionEvent event = EventKinds.changed(known.put(session.id(), session), session);
        if (event != null) {
            offer(List.of(event));
        }
    }

    /** @param id a session that no longer exists (for any owner: ignored unless known) */
    void gone(SessionId id) {
        ChatSession old = known.remove(id);
        if (old != null) {
            offer(List.of(EventKinds.gone(old, clock.instant())));
        }
    }

    /** Lists every session of the owner and reports the differences; brings followers that fell behind up to date. */
    void relist() {
        Map<SessionId, ChatSession> now = listAll();
        Map<SessionId, ChatSession> before = Map.copyOf(known);
        List<SessionEvent> events = EventKinds.diff(before, now, clock.instant());
        known.keySet().retainAll(now.keySet());
        known.putAll(now);
        if (!events.isEmpty()) {
            offer(events);
        }
        OwnerSnapshot snapshot = new OwnerSnapshot(now, before, clock.instant());
        followers.stream().filter(OwnerFollower::behind).forEach(f -> f.resync(snapshot));
    }

    private void offer(List<SessionEvent> events) {
        followers.forEach(f -> f.offer(events));
    }

    private Map<SessionId, ChatSession> listAll() {
        Map<SessionId, ChatSession> all = new HashMap<>();
        SessionQuery query = SessionQuery.first(owner, PAGE);
        while (true) {
            Page<ChatSession> page = catalog.list(query);
            page.items().forEach(s -> all.put(s.id(), s));
            if (!page.hasNext()) {
                return all;
            }
            query = query.next(page);
        }
    }
}
