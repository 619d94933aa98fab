package dev.multichat.internal.feed;

import dev.multichat.api.Appended;
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
import java.util.function.Consumer;

/**
 * A store's change feed: one watch per followed session or owner fans out to its subscribers.
 * The store's own appends hand the watch of their session their result, which it publishes
 * without reading; other hints (the store's other writes, the backend's {@link ChangeSignals},
 * a periodic check) make the watch of the session or owner concerned look the session up and
 * read the store if needed, once for all its followers. A session's followers take the
 * published batches from one shared ring. The backend's signals are told whether anything is
 * followed ({@link FeedDemand}). Reads go through the guarded store, so the closed
 * state and metrics apply. Thread-safe.
 */
public final class FeedHub implements ChangeSink {
    private final SessionCatalog catalog;
    private final MessageLog log;
    private final ChangeSignals signals;
    private final FeedTiming timing;
    private final FeedThreads threads;
    private final Map<SessionId, SessionWatch> sessions = new ConcurrentHashMap<>();
    private final OwnerRouter owners;
    private final FeedDemand demand;
    private volatile boolean closed;

    /**
     * Starts the threads, the periodic check and the backend's signals.
     *
     * @param catalog the guarded catalog (owner listings, existence checks)
     * @param log the guarded log (message reads)
     * @param clock the store's clock (tells expiry from deletion)
     * @param signals the backend's change hints
     * @param timing the periodic check's period and the pace of delivery rounds while appends stream
     */
    public FeedHub(SessionCatalog catalog, MessageLog log, Clock clock, ChangeSignals signals, FeedTiming timing) {
        this.catalog = catalog;
        this.log = log;
        this.signals = signals;
        this.timing = timing;
        this.threads = new FeedThreads(timing.pace());
        this.owners = new OwnerRouter(catalog, clock, threads);
        this.demand = new FeedDemand(signals);
        threads.every(timing.check(), this::changedAnywhere);
        Duration relieve = Duration.ofMillis(FeedThreads.RELIEVE_MS);
        threads.every(relieve, () -> sessions.values().forEach(SessionWatch::unstick));
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
        Runnable release = demand.acquire(); // before the follower's first read
        try {
            return attach(session, afterSeq, listener, release);
        } catch (RuntimeException e) {
            release.run();
            throw e;
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
        Runnable release = demand.acquire();
        try {
            return owners.follow(owner, listener, release);
        } catch (RuntimeException e) {
            release.run();
            throw e;
        }
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

    /**
     * @param id a session this store just appended to
     * @param appended the append's result, published to the session's followers without a read
     */
    @Override
    public void appended(SessionId id, Appended appended) {
        SessionWatch watch = sessions.get(id);
        if (watch != null) {
            watch.appended(appended);
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

    /** @return the periodic check's period and the pace (the store's {@code feed-check} and {@code feed-pace}) */
    public FeedTiming timing() {
        return timing;
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

    /** Adds a follower to the session's watch (made if there is none, or a new one if it retired). */
    private SessionFollower attach(ChatSession session, long afterSeq, SessionListener listener, Runnable release) {
        SessionId id = session.id();
        while (true) {
            boolean[] made = new boolean[1];
            SessionWatch watch = sessions.computeIfAbsent(id, k -> {
                made[0] = true;
                SessionWatch[] fresh = new SessionWatch[1];
                fresh[0] = new SessionWatch(new FeedTarget(id, log, new BatchRing()), session, catalog, threads,
                        () -> sessions.remove(id, fresh[0]));
                return fresh[0];
            });
            Consumer<SessionFollower> detach = f -> {
                watch.remove(f);
                release.run();
            };
            SessionFollower follower = new SessionFollower(watch.target(), afterSeq, listener, threads.delivery(),
                    detach);
            if (watch.add(follower)) {
                if (closed) {
                    follower.close();
                    throw new StoreClosedException("the store's change feed");
                }
                follower.signal(null, null);
                if (made[0]) {
                    watch.hint(); // appends between the look-up and the watch went unseen by it
                }
                return follower;
            }
        }
    }
}
