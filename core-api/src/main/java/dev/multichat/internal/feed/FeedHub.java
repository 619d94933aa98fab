package dev.multichat.internal.feed;

import dev.multichat.api.ChatSession;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageLog;
import dev.multichat.api.OwnerListener;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionListener;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.Subscription;
import dev.multichat.spi.ChangeSignals;
import dev.multichat.spi.ChangeSink;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A store's change feed: one watcher fans out to every subscriber. Hints (the store's own
 * writes, the backend's {@link ChangeSignals}, a periodic check) make the watch of the session
 * or owner concerned read the store once; the result goes to each follower's bounded buffer.
 * Reads go through the guarded store, so the closed state and metrics apply. Thread-safe.
 */
public final class FeedHub implements ChangeSink {
    private final SessionCatalog catalog;
    private final MessageLog log;
    private final ChangeSignals signals;
    private final Duration check;
    private final FeedThreads threads = new FeedThreads();
    private final Map<SessionId, SessionWatch> sessions = new ConcurrentHashMap<>();
    private final OwnerRouter owners;
    private volatile boolean closed;

    /**
     * Starts the watcher, the periodic check and the backend's signals.
     *
     * @param catalog the guarded catalog (owner listings, existence checks)
     * @param log the guarded log (message reads)
     * @param clock the store's clock (tells expiry from deletion)
     * @param signals the backend's change hints
     * @param check the periodic check's period
     */
    public FeedHub(SessionCatalog catalog, MessageLog log, Clock clock, ChangeSignals signals, Duration check) {
        this.catalog = catalog;
        this.log = log;
        this.signals = signals;
        this.check = check;
        this.owners = new OwnerRouter(catalog, clock, threads);
        threads.every(check, this::changedAnywhere);
        signals.start(this);
    }

    /**
     * See {@link dev.multichat.api.SessionStore#followSession}.
     *
     * @return the subscription
     */
    public Subscription followSession(SessionId id, long afterSeq, SessionListener listener) {
        if (id == null || listener == null || afterSeq < 0) {
            throw new InvalidInputException("followSession needs a session id, a listener and afterSeq >= 0 (got "
                    + afterSeq + "); pass 0 to receive the whole stored history");
        }
        ChatSession session = catalog.find(id).orElseThrow(() -> new SessionNotFoundException(id));
        while (true) {
            SessionWatch watch = sessions.computeIfAbsent(id, k -> newWatch(session));
            SessionFollower follower = new SessionFollower(new FeedTarget(id, log), afterSeq,
                    new SessionCalls(listener, id), threads.delivery(), watch::remove);
            if (watch.add(follower)) {
                requireOpen(follower);
                follower.signal(null, null);
                watch.hint();
                return follower;
            }
        }
    }

    /**
     * See {@link dev.multichat.api.SessionStore#followOwner}.
     *
     * @return the subscription
     */
    public Subscription followOwner(String owner, OwnerListener listener) {
        if (owner == null || owner.isBlank() || listener == null) {
            throw new InvalidInputException("followOwner needs a non-blank owner and a listener");
        }
        return owners.follow(owner, listener);
    }

    /** @param id a session this store just wrote (or deleted) */
    @Override
    public void changed(SessionId id) {
        SessionWatch watch = sessions.get(id);
        if (watch != null) {
            watch.hint();
        }
        owners.changed(id);
    }

    @Override
    public void changedAnywhere() {
        sessions.values().forEach(SessionWatch::hint);
        owners.changedAnywhere();
    }

    @Override
    public Set<SessionId> followed() {
        return Set.copyOf(sessions.keySet());
    }

    /** @return the periodic check's period (the store's {@code feed-check} option) */
    public Duration checkPeriod() {
        return check;
    }

    /** Ends every subscription with {@link FeedEnd#STORE_CLOSED} and stops the threads. Idempotent. */
    public void close() {
        synchronized (sessions) {
            if (closed) {
                return;
            }
            closed = true;
        }
        signals.close();
        sessions.values().forEach(w -> w.endAll(FeedEnd.STORE_CLOSED));
        owners.close();
        threads.shutdown();
    }

    private SessionWatch newWatch(ChatSession session) {
        SessionWatch[] made = new SessionWatch[1];
        made[0] = new SessionWatch(new FeedTarget(session.id(), log), session, catalog, threads.watcher(),
                () -> sessions.remove(session.id(), made[0]));
        return made[0];
    }

    private void requireOpen(SessionFollower follower) {
        if (closed) {
            follower.close();
            throw new StoreClosedException("the store's change feed");
        }
    }
}
