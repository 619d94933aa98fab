package dev.multichat.redis.internal.store;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Page;
import dev.multichat.spi.Pages;
import dev.multichat.spi.SessionCursor;
import dev.multichat.api.SessionQuery;
import io.lettuce.core.RedisFuture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One page of an owner's sessions. On a single server (or Sentinel) one script reads
 * {@code limit + 1} entries of the owner's index after the cursor and the sessions' hashes
 * together: one round trip per page. On a cluster the sessions live in other slots than the
 * index (their hash tag is their own id, so they spread over the masters), which one script
 * cannot reach: the script reads the entries, then the sessions' hashes are read together
 * (pipelined over the one connection, in parallel on their nodes): two round trips. An entry is
 * listed only if its session is live, still the owner's and at the entry's time; stale entries
 * are skipped (more are read if needed, one more round trip each time) and repaired or removed.
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
            List<Listed> entries = withHashes(index.page(query.owner(), after, want));
            found.addAll(check(query.owner(), entries, now));
            if (entries.size() < want) {
                break;
            }
            Listed last = entries.get(entries.size() - 1);
            after = new SessionCursor(Instant.ofEpochMilli(last.listedAt()), last.id());
        }
        return Pages.fromRows(found, query);
    }

    /** On a cluster: reads the entries' session hashes, pipelined (in parallel on their nodes). */
    private List<Listed> withHashes(List<Listed> entries) {
        if (entries.isEmpty() || entries.get(0).hash() != null) {
            return entries;
        }
        List<RedisFuture<Map<String, String>>> reads = new ArrayList<>(entries.size());
        for (Listed entry : entries) {
            reads.add(storage.link().commands().hgetall(storage.keys().session(entry.id())[0]));
        }
        List<Listed> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Listed entry = entries.get(i);
            String key = storage.keys().session(entry.id())[0];
            Map<String, String> hash = storage.link().await(reads.get(i), "reading a listed session", key);
            out.add(new Listed(entry.id(), entry.listedAt(), RedisCatalog.flatten(hash)));
        }
        return out;
    }

    private List<ChatSession> check(String owner, List<Listed> entries, long now) {
        List<ChatSession> live = new ArrayList<>(entries.size());
        List<String> dead = new ArrayList<>();
        for (Listed entry : entries) {
            String key = storage.keys().session(entry.id())[0];
            ChatSession session = SessionCodec.decode(entry.id(), entry.hash(), key);
            if (session != null && !session.state().expiredAt(Instant.ofEpochMilli(now))
                    && session.owner().equals(owner)) {
                long updatedAt = session.state().updatedAt().toEpochMilli();
                if (updatedAt == entry.listedAt()) {
                    live.add(session);
                } else {
                    repair(session, updatedAt > entry.listedAt());
                }
            } else if (session != null || now - entry.listedAt() > GRACE) {
                dead.add(entry.id().value());
                dead.add(Long.toString(entry.listedAt()));
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
