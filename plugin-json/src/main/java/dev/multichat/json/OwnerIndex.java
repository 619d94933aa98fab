package dev.multichat.json;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCursor;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The listing index: each owner's sessions ordered by updatedAt descending, id ascending.
 * Built from the files at open, updated by every operation of this store, re-read from the
 * files by each sweep; the files always win. Thread-safe.
 */
final class OwnerIndex {
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::updatedAt).reversed()
            .thenComparing(Key::id);
    private final Map<SessionId, ChatSession> byId = new ConcurrentHashMap<>();
    private final Map<String, NavigableSet<Key>> byOwner = new ConcurrentHashMap<>();

    /** A position in an owner's ordering. */
    private record Key(Instant updatedAt, SessionId id) {
    }

    synchronized void put(ChatSession session) {
        remove(session.id());
        byId.put(session.id(), session);
        byOwner.computeIfAbsent(session.owner(), o -> new ConcurrentSkipListSet<>(ORDER))
                .add(new Key(session.state().updatedAt(), session.id()));
    }

    synchronized void remove(SessionId id) {
        ChatSession old = byId.remove(id);
        if (old != null) {
            byOwner.get(old.owner()).remove(new Key(old.state().updatedAt(), id));
        }
    }

    /** @return the page of the owner's live sessions after the query's cursor */
    Page<ChatSession> list(SessionQuery query, Instant now) {
        NavigableSet<Key> keys = byOwner.get(query.owner());
        if (keys == null) {
            return new Page<>(List.of(), null);
        }
        SessionCursor from = query.position();
        NavigableSet<Key> rest = from == null ? keys : keys.tailSet(new Key(from.updatedAt(), from.id()), false);
        List<ChatSession> items = new ArrayList<>(query.limit() + 1);
        for (Key key : rest) {
            ChatSession s = byId.get(key.id());
            if (s != null && s.state().updatedAt().equals(key.updatedAt()) && !s.state().expiredAt(now)) {
                items.add(s);
                if (items.size() > query.limit()) {
                    break;
                }
            }
        }
        if (items.size() <= query.limit()) {
            return new Page<>(items, null);
        }
        List<ChatSession> page = items.subList(0, query.limit());
        return new Page<>(page, SessionCursor.after(page.get(page.size() - 1)).encode());
    }

    /** @return the indexed sessions that have expired by {@code now} */
    List<SessionId> expired(Instant now) {
        List<SessionId> ids = new ArrayList<>();
        byId.forEach((id, s) -> {
            if (s.state().expiredAt(now)) {
                ids.add(id);
            }
        });
        return ids;
    }
}
