package dev.multichat.json;

import dev.multichat.api.ChatSession;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.SessionId;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.json.internal.files.Handles;
import dev.multichat.json.internal.files.SessionFiles;
import dev.multichat.json.internal.files.SessionHandle;
import dev.multichat.json.internal.files.SessionLoader;
import dev.multichat.json.internal.files.SessionPaths;
import dev.multichat.json.internal.files.SessionPlace;
import dev.multichat.json.internal.fs.DirLocks;
import dev.multichat.json.internal.fs.FileOps;
import dev.multichat.json.internal.fs.StoreGate;
import dev.multichat.json.internal.listing.OwnerIndex;
import dev.multichat.json.internal.log.LogRepair;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every operation of one store instance shares, and the one way to work on a session:
 * {@link #withSession} takes the session lock (in-process and across processes), brings the
 * session's handle up to date with the files, runs the work and refreshes the listing index;
 * {@link #withRead}, for reads, skips the cross-process lock and the refresh when the files are
 * as last verified. Thread-safe.
 */
final class StoreContext {
    private static final Logger LOG = LoggerFactory.getLogger(StoreContext.class);
    final SessionPaths paths;
    final FileOps ops;
    final FsyncMode fsync;
    final OwnerIndex index;
    final LogRepair repair;
    private final Clock clock;
    private final DirLocks locks;
    private final SessionLoader loader;
    private final StoreGate gate;
    private final Handles handles;

    StoreContext(JsonOptions options, Clock clock, FileOps ops, DirLocks locks) {
        this.paths = new SessionPaths(options.root());
        this.index = new OwnerIndex(paths);
        this.fsync = options.fsync();
        this.clock = clock;
        this.ops = ops;
        this.locks = locks;
        this.repair = new LogRepair(ops);
        this.loader = new SessionLoader(repair);
        this.gate = new StoreGate("json:" + options.root());
        this.handles = new Handles(paths, locks, ops);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    DirLocks.Held lock(SessionPlace place) {
        return locks.lock(place.lockPosition(), gate, true);
    }

    /**
     * @param drain in batch mode, first wait until every write of the session is forced
     * @throws StoreUnavailableException on an I/O error, or if the session is poisoned
     * @throws CorruptDataException if the session's files cannot be read
     */
    @SuppressWarnings("try") // the held lock is the point of the try
    <T> T withSession(SessionId id, boolean drain, SessionWork<T> work) {
        while (true) {
            SessionHandle h = handles.get(id);
            try (DirLocks.Held held = locks.lock(h.place().lockPosition(), gate, true)) {
                if (!h.isRetired()) { // else it was evicted while this thread waited: take a fresh one
                    return run(h, drain, true, work);
                }
            }
        }
    }

    /**
     * Like {@code withSession(id, true, work)} for work that only reads the verified part of the
     * session: when the session's files are exactly as this instance last verified them (two
     * {@code stat} calls say so, see {@link SessionLoader#unchanged}), the work runs under the
     * in-process lock alone, without the cross-process file lock or a refresh; otherwise (first
     * touch, another process wrote, the handle left the cache) it runs as {@code withSession}.
     */
    @SuppressWarnings("try") // the held lock is the point of the try
    <T> T withRead(SessionId id, SessionWork<T> work) {
        SessionHandle h = handles.get(id);
        try (DirLocks.Held held = locks.lock(h.place().lockPosition(), gate, false)) {
            if (!h.isRetired() && loader.unchanged(h)) {
                return run(h, true, false, work);
            }
        } catch (IOException e) {
            throw unavailable(h, "failed", e);
        }
        return withSession(id, true, work);
    }

    /**
     * Runs the work on a handle whose session lock this thread holds.
     *
     * @param refresh first bring the handle up to date with the files (only under the file lock)
     */
    private <T> T run(SessionHandle h, boolean drain, boolean refresh, SessionWork<T> work) {
        try {
            prepare(h, drain, refresh);
            T result = work.apply(h);
            SessionFiles f = h.known().files();
            if (f.meta() == null) {
                index.remove(h.place().id());
                if (h.poisoned() == null && fsync != FsyncMode.BATCH) {
                    handles.drop(h); // an absent session keeps no handle
                }
            } else if (h.markIndexed()) { // the listing is touched only when the session changed
                index.put(new OwnerIndex.Entry(h.known().current(), f.metaStamp(), f.logKey(),
                        f.scanned().goodEnd()));
            }
            return result;
        } catch (CorruptDataException e) {
            handles.drop(h);
            index.remove(h.place().id());
            throw e;
        } catch (IOException e) {
            throw unavailable(h, "failed", e);
        }
    }

    /** Like {@link #withSession}, and an I/O error of the work poisons the session. */
    <T> T withWrite(SessionId id, SessionWork<T> work) {
        return withSession(id, true, h -> {
            try {
                return work.apply(h);
            } catch (IOException e) {
                h.poison(e);
                throw e;
            }
        });
    }

    private void prepare(SessionHandle h, boolean drain, boolean refresh) throws IOException {
        IOException poison = h.poisoned();
        if (poison != null) {
            throw new StoreUnavailableException("session '" + h.place().id().value() + "' refuses operations"
                    + " since a write or force of its files failed (" + poison.getMessage() + "): its"
                    + " state on disk is uncertain. Fix the cause, then close and reopen the store to"
                    + " re-verify the session from disk", poison);
        }
        if (refresh) {
            loader.refresh(h);
        }
        if (drain && fsync == FsyncMode.BATCH) {
            h.group().awaitAll(h.place().logFile(), ops);
        }
    }

    StoreUnavailableException unavailable(SessionHandle h, String what, IOException e) {
        return new StoreUnavailableException("session '" + h.place().id().value() + "' in " + paths.root() + ": "
                + what + " (" + e + "); the operation may or may not have taken effect. Check the disk"
                + " (space, permissions, read-only mount) and retry; appends are safe to retry with the"
                + " same message ids", e);
    }

    /**
     * Refuses new calls, waits up to {@code wait} for the running ones, and releases this
     * instance's share of the directory's locks when the last of them has finished (never
     * under a running call: closing the lock channel would drop every lock this JVM holds).
     *
     * @return whether every running call finished within the bound
     */
    boolean close(Duration wait) throws InterruptedException {
        return gate.close(() -> {
            handles.closeAll();
            try {
                locks.release();
            } catch (IOException | RuntimeException e) {
                LOG.warn("closing the lock file of {} failed ({}); nothing was lost, the store is closed",
                        paths.root(), e.toString());
            }
        }, wait);
    }
}
