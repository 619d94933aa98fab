package dev.multichat.internal.feed;

import dev.multichat.api.ChatSession;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.OwnerListener;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionId;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreException;
import dev.multichat.api.Subscription;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hub's owner feeds: one {@link OwnerWatch} per followed owner. A hint naming a session
 * is queued (a bounded set: past {@link #PENDING} sessions, or on a hint naming none, the next
 * pass re-lists every followed owner instead); each pass, on the watcher thread, reads every
 * queued session once and hands it to the watch of its owner, whatever the number of owners
 * and followers. Thread-safe.
 */
final class OwnerRouter {
    /** Sessions queued before the router falls back to re-listing. */
    static final int PENDING = 1024;
    private final SessionCatalog catalog;
    private final Clock clock;
    private final FeedThreads threads;
    private final SerialRunner runner;
    private final Map<String, OwnerWatch> owners = new ConcurrentHashMap<>();
    private final Set<SessionId> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean relist;
    private boolean down;
    private boolean closed;

    /**
     * @param catalog the guarded catalog
     * @param clock the store's clock (tells expiry from deletion)
     * @param threads the hub's threads
     */
    OwnerRouter(SessionCatalog catalog, Clock clock, FeedThreads threads) {
        this.catalog = catalog;
        this.clock = clock;
        this.threads = threads;
        this.runner = new SerialRunner(threads.watcher(), this::pass);
    }

    /**
     * See {@link dev.multichat.api.SessionStore#followOwner}; the arguments are checked.
     *
     * @param left runs when the subscription leaves (maybe more than once)
     */
    synchronized Subscription follow(String owner, OwnerListener listener, Runnable left) {
        if (closed) {
            throw new StoreClosedException("the store's change feed");
        }
        OwnerWatch watch = owners.computeIfAbsent(owner, o -> new OwnerWatch(o, catalog, clock));
        OwnerFollower follower = new OwnerFollower(listener, threads.delivery(), f -> {
            leave(owner, watch, f);
            left.run();
        }, this::changedAnywhere, watch.known());
        watch.add(follower);
        return follower;
    }

    /** @param id a session that may have changed: read it at the next pass. Returns at once. */
    void changed(SessionId id) {
        if (owners.isEmpty()) {
            return;
        }
        if (pending.size() >= PENDING) {
            relist = true;
        } else {
            pending.add(id);
        }
        runner.request();
    }

    /** Anything may have changed: re-list every followed owner at the next pass. Returns at once. */
    void changedAnywhere() {
        if (!owners.isEmpty()) {
            relist = true;
            runner.request();
        }
    }

    /** Ends every owner subscription with {@link FeedEnd#STORE_CLOSED}; following then fails. */
    synchronized void close() {
        closed = true;
        owners.values().forEach(w -> w.signal(FeedEnd.STORE_CLOSED, null));
    }

    private synchronized void leave(String owner, OwnerWatch watch, OwnerFollower follower) {
        if (watch.remove(follower)) {
            owners.remove(owner, watch);
        }
    }

    private void pass() {
        try {
            if (relist) {
                relist = false;
                pending.clear();
                owners.values().forEach(OwnerWatch::relist);
            } else {
                route();
            }
            down = false;
        } catch (StoreClosedException e) {
            owners.values().forEach(w -> w.signal(FeedEnd.STORE_CLOSED, null));
        } catch (StoreException e) {
            relist = true; // what this pass missed is found by the re-list once the backend is back
            if (!down) {
                down = true;
                owners.values().forEach(w -> w.signal(null, e));
            }
        }
    }

    private void route() {
        for (Iterator<SessionId> it = pending.iterator(); it.hasNext(); ) {
            SessionId id = it.next();
            it.remove();
            Optional<ChatSession> found = catalog.find(id);
            if (found.isPresent()) {
                OwnerWatch watch = owners.get(found.get().owner());
                if (watch != null) {
                    watch.seen(found.get());
                }
            } else {
                owners.values().forEach(w -> w.gone(id));
            }
        }
    }
}
