package dev.multichat.redis.internal.store;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Page;
import dev.multichat.spi.Pages;
import dev.multichat.spi.SessionCursor;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import io.lettuce.core.RedisFuture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One page of an owner's sessions: one script reads {@code limit + 1} entries of the owner's
 * index after the cursor, then the sessions' hashes are read together (pipelined over the one
 * connection; on a cluster, in parallel on their nodes), so a page costs two round trips
 * whatever its size. An entry is listed only if its session is live, still the owner's and at
 * the entry's time; stale entries are skipped (more are read if needed) and repaired or removed.
 * Thread-safe.
 */
final class Listing {
    /** How old an entry without a session must be before it is removed (a create may be under way). */
    static final long GRACE = 60_000;

    private final RedisStorage storage;
    private final OwnerIndex index;

    Listing(RedisStorage storage, OwnerIndex index) {
        this.storage = storage;
        this.index = index;
    }

    Page<ChatSession> list(SessionQuery query) {
        long now = storage.now();
        List<ChatSession> found = new ArrayList<>(query.limit() + 1);
        SessionCursor after = SessionCursor.of(query);
        while (found.size() <= query.limit()) {
            int want = query.limit() + 1 - found.size();
            List<String> entries = index.page(query.owner(), after, want);
            found.addAll(check(query.owner(), entries, now));
            if (entries.size() / 2 < want) {
                break;
            }
            after = new SessionCursor(Instant.ofEpochMilli(Long.parseLong(entries.get(entries.size() - 1))),
                    SessionId.of(entries.get(entries.size() - 2)));
        }
        return Pages.fromRows(found, query);
    }

    private List<ChatSession> check(String owner, List<String> entries, long now) {
        List<RedisFuture<Map<String, String>>> reads = new ArrayList<>(entries.size() / 2);
        for (int i = 0; i < entries.size(); i += 2) {
            String key = storage.keys().session(SessionId.of(entries.get(i)))[0];
            reads.add(storage.link().commands().hgetall(key));
        }
        List<ChatSession> live = new ArrayList<>(reads.size());
        List<String> dead = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            SessionId id = SessionId.of(entries.get(2 * i));
            long listedAt = Long.parseLong(entries.get(2 * i + 1));
            String key = storage.keys().session(id)[0];
            Map<String, String> hash = storage.link().await(reads.get(i), "reading a listed session", key);
            ChatSession session = SessionCodec.decode(id, RedisCatalog.flatten(hash), key);
            if (session != null && !session.state().expiredAt(Instant.ofEpochMilli(now))
                    && session.owner().equals(owner)) {
                long updatedAt = session.state().updatedAt().toEpochMilli();
                if (updatedAt == listedAt) {
                    live.add(session);
                } else {
                    repair(session, updatedAt > listedAt);
                }
            } else if (session != null || now - listedAt > GRACE) {
                dead.add(id.value());
                dead.add(Long.toString(listedAt));
            }
        }
        index.remove(owner, dead);
        return live;
    }

    private void repair(ChatSession session, boolean newer) {
        if (newer) {
            index.touch(session);
        } else {
            index.put(session.owner(), session.id(), session.state().updatedAt().toEpochMilli());
        }
    }
}
