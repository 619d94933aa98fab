package dev.multichat.internal.feed;

import dev.multichat.api.ChatSession;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionEvent;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The hub's watch over one owner's sessions: on each hint it lists them and compares with
 * what it listed before, turning the differences into {@link SessionEvent}s for every follower
 * (one listing per hint, however many followers). Passes run on the hub's watcher thread.
 */
final class OwnerWatch {
    private static final int PAGE = SessionQuery.MAX_LIMIT;
    private final String owner;
    private final SessionCatalog catalog;
    private final Clock clock;
    private final SerialRunner runner;
    private final List<OwnerFollower> followers = new CopyOnWriteArrayList<>();
    private Map<SessionId, ChatSession> known;
    private boolean down;

    /**
     * @param owner the owner
     * @param catalog where the sessions are listed
     * @param clock tells an expiry from a deletion
     * @param watcher the hub's watcher thread
     */
    OwnerWatch(String owner, SessionCatalog catalog, Clock clock, Executor watcher) {
        this.owner = owner;
        this.catalog = catalog;
        this.clock = clock;
        this.runner = new SerialRunner(watcher, this::pass);
        this.known = listAll();
    }

    /** @param follower a new follower; it sees changes from the watch's next pass on */
    void add(OwnerFollower follower) {
        followers.add(follower);
    }

    /** @return whether the watch has no follower left */
    boolean remove(OwnerFollower follower) {
        followers.remove(follower);
        return followers.isEmpty();
    }

    /** Something may have changed: list soon. Returns at once. */
    void hint() {
        runner.request();
    }

    /** @param reason why every follower's feed ends */
    void endAll(FeedEnd reason) {
        followers.forEach(f -> f.signal(null, reason));
    }

    private void pass() {
        try {
            Map<SessionId, ChatSession> now = listAll();
            down = false;
            List<SessionEvent> events = diff(known, now);
            known = now;
            if (!events.isEmpty()) {
                followers.forEach(f -> f.offer(events));
            }
        } catch (StoreClosedException e) {
            endAll(FeedEnd.STORE_CLOSED);
        } catch (StoreException e) {
            if (!down) {
                down = true;
                followers.forEach(f -> f.signal(e, null));
            }
        }
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

    private List<SessionEvent> diff(Map<SessionId, ChatSession> before, Map<SessionId, ChatSession> after) {
        List<SessionEvent> events = new ArrayList<>();
        for (ChatSession s : after.values()) {
            ChatSession old = before.get(s.id());
            if (old == null) {
                events.add(event(SessionEvent.Kind.CREATED, s));
            } else if (old.version() != s.version()) {
                boolean appended = s.lastSeq() > old.lastSeq();
                events.add(event(appended ? SessionEvent.Kind.APPENDED : SessionEvent.Kind.UPDATED, s));
            }
        }
        for (ChatSession s : before.values()) {
            if (!after.containsKey(s.id())) {
                boolean expired = s.state().expiredAt(clock.instant());
                events.add(event(expired ? SessionEvent.Kind.EXPIRED : SessionEvent.Kind.DELETED, s));
            }
        }
        return events;
    }

    private static SessionEvent event(SessionEvent.Kind kind, ChatSession s) {
        return new SessionEvent(kind, s.id(), s.version(), s.lastSeq());
    }
}
