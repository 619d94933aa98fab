package dev.multichat.redis.internal.store;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionId;
import io.lettuce.core.RedisFuture;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An append's move of the session's owner-index entry on a cluster, where the index lives in
 * another slot (usually another node) than the session, so the append script cannot do it. The
 * move's time is the append's "now", known before the script runs; only the owner is not. Once
 * this store has seen a session's owner (in any append reply), the move goes out right beside
 * the script ({@link #send}, {@code ZADD XX LT -now}) and both are awaited together: one round
 * trip of latency instead of two. The first append of a session in this store instance (or
 * after the bounded owner memory was cleared) still moves the entry after the script's reply,
 * as every append did before.
 *
 * <p>The early move lands whatever the script decides. When the script refuses (version
 * conflict, mixed batch) or returns a batch already stored (replay), the entry is moved back to
 * the session's time ({@link OwnerIndex#pinBack}, {@code ZADD XX GT}). Neither command ever adds
 * an entry, so a deleted or expired session is never re-listed; an entry newer than its session
 * (a refused append whose move-back was lost, or raced by another writer) is met by a listing,
 * which skips it on that page and moves it to the session's time, as for any stale entry. On a
 * single server the append script moves the entry itself and this class does nothing.
 * Thread-safe.
 */
final class IndexTouch {
    /** Most sessions whose owner is remembered; past it the memory starts over. */
    static final int OWNERS = 10_000;

    private final OwnerIndex index;
    private final boolean sharded;
    private final Map<SessionId, String> owners = new ConcurrentHashMap<>();

    IndexTouch(OwnerIndex index, boolean sharded) {
        this.index = index;
        this.sharded = sharded;
    }

    /**
     * @param id the session about to be appended to
     * @param now the append's time (the script sets the session's updatedAt to it)
     * @return the early move, sent, or {@link Ahead#NONE} (single server, or owner not known yet)
     */
    Ahead send(SessionId id, long now) {
        String owner = sharded ? owners.get(id) : null;
        return owner == null ? Ahead.NONE : new Ahead(owner, index.touchAhead(owner, id, now));
    }

    /**
     * After the script stored the batch ({@code written}) or found it stored already: waits for
     * the early move, or moves the entry now if none went out (or went to another owner's index:
     * the session was deleted and re-created by another owner meanwhile).
     *
     * @throws dev.multichat.api.StoreException if the move failed (the append itself is stored)
     */
    void done(Ahead ahead, ChatSession session, boolean written) {
        if (!sharded) {
            return;
        }
        remember(session);
        if (ahead.sentFor(session.owner())) {
            index.await(ahead.move(), session);
            if (!written) {
                index.pinBack(session);
            }
        } else {
            index.touch(session);
        }
    }

    /** After the script refused the batch: the session did not change, so its entry goes back. */
    void refused(Ahead ahead, ChatSession session) {
        if (ahead.sentFor(session.owner())) {
            index.pinBack(session);
        }
    }

    /** After the script found no live session: nothing to move back (no entry is ever added). */
    void missing(SessionId id) {
        owners.remove(id);
    }

    private void remember(ChatSession session) {
        if (owners.size() >= OWNERS) {
            owners.clear();
        }
        owners.put(session.id(), session.owner());
    }

    /**
     * An early move sent before the script, or none.
     *
     * @param owner the owner whose index it went to, or null
     * @param move the pending {@code ZADD}, or null
     */
    record Ahead(String owner, RedisFuture<Long> move) {
        static final Ahead NONE = new Ahead(null, null);

        boolean sentFor(String sessionOwner) {
            return move != null && owner.equals(sessionOwner);
        }
    }
}
