package dev.multichat.json.internal.files;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import dev.multichat.api.SessionId;
import dev.multichat.json.internal.fs.DirLocks;
import dev.multichat.json.internal.fs.FileOps;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded cache of session handles (Caffeine, by count and idle time): a handle can always
 * be rebuilt from the files, so memory is bounded by {@link #MAX_HANDLES}, not by every session
 * touched since open. An evicted handle is retired under its session's in-process lock (waits
 * for a running operation to finish, then drains its pending group force and closes its log
 * channel); an operation that finds its handle retired takes a fresh one. A session poisoned by
 * a failed write stays poisoned after its handle is evicted. Thread-safe.
 */
public final class Handles {
    /** At most this many sessions' handles are kept. */
    public static final int MAX_HANDLES = 1_000;
    /** A handle not used for this long is dropped. */
    static final Duration IDLE = Duration.ofMinutes(10);
    private final Cache<SessionId, SessionHandle> cache;
    private final Map<SessionId, IOException> poisoned = new ConcurrentHashMap<>();
    private final SessionPaths paths;
    private final DirLocks locks;
    private final FileOps ops;
    private final ExecutorService retirer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "multichat-json-retire");
        t.setDaemon(true);
        return t;
    });

    public Handles(SessionPaths paths, DirLocks locks, FileOps ops) {
        this.paths = paths;
        this.locks = locks;
        this.ops = ops;
        // Caffeine's upkeep runs on the calling thread (handing it to the common pool cost a
        // wake-up per few reads); retiring, which may wait for a session lock, runs on our own
        // thread, so no caller ever waits for another session's lock
        this.cache = Caffeine.newBuilder().maximumSize(MAX_HANDLES).expireAfterAccess(IDLE)
                .executor(Runnable::run)
                .removalListener((SessionId id, SessionHandle h, RemovalCause cause)
                        -> retirer.execute(() -> retire(h)))
                .build();
    }

    /** @return the session's handle, created (empty, to be loaded from the files) if none is cached */
    public SessionHandle get(SessionId id) {
        return cache.get(id, k -> new SessionHandle(paths.place(k), poisoned.get(k)));
    }

    /** Drops a handle now; the caller holds the session's lock. */
    public void drop(SessionHandle h) {
        h.retire(null);
        cache.asMap().remove(h.place().id(), h);
    }

    /** Retires an evicted handle once no operation of this JVM uses its session. */
    private void retire(SessionHandle h) {
        if (h == null) {
            return;
        }
        ReentrantLock stripe = locks.stripe(h.place().lockPosition());
        stripe.lock();
        try {
            IOException failure = h.retire(ops);
            if (failure != null) {
                poisoned.putIfAbsent(h.place().id(), failure);
            }
        } finally {
            stripe.unlock();
        }
    }

    /** Closes every cached handle's log channel (the store is closed: no operation runs). */
    public void closeAll() {
        cache.asMap().values().forEach(h -> h.channel().close());
        cache.invalidateAll();
        retirer.shutdown(); // the retirements just queued still run
    }
}
