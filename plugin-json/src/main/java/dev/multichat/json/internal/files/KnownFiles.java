package dev.multichat.json.internal.files;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.json.internal.fs.FileStamp;
import dev.multichat.json.internal.log.LogIndex;
import dev.multichat.json.internal.log.LogPositions;
import dev.multichat.json.internal.log.LogScanner;
import java.io.IOException;
import java.time.Instant;

/**
 * What one store instance knows of one session's files, and the only way that knowledge
 * changes. Three states: <em>absent</em> (no {@code session.json}: nothing known), <em>metadata
 * only</em> (the log not read yet, or forgotten) and <em>loaded</em> (a verified prefix of one
 * log file, identified by its file key, and the index of that prefix). Each change is one of
 * the named transitions below, and each checks the invariants it could break:
 * <ul>
 *   <li>the log is known only with the metadata ({@link SessionFiles} checks that);</li>
 *   <li>a new generation of the metadata (the session was re-created) comes with the log
 *       forgotten, so a re-created session never inherits the old log's index;</li>
 *   <li>the verified prefix grows only on the same log file, and the index covers exactly that
 *       prefix (it ends at the prefix's last commit).</li>
 * </ul>
 * Forgetting the log also runs the owner's hook (the handle closes its channel on the old file
 * and resets its group force). Used under the session lock. Not thread-safe.
 */
public final class KnownFiles {
    private final SessionId id;
    private final Runnable onLogForgotten;
    private SessionFiles files = SessionFiles.ABSENT;
    private LogIndex index = new LogIndex();

    /**
     * Starts absent.
     *
     * @param id the session
     * @param onLogForgotten runs whenever what is known of the log is dropped
     */
    KnownFiles(SessionId id, Runnable onLogForgotten) {
        this.id = id;
        this.onLogForgotten = onLogForgotten;
    }

    /** @return what is known, as one immutable snapshot */
    public SessionFiles files() {
        return files;
    }

    /** @return the index of the verified prefix (read-only: only {@link #extendLog} adds to it) */
    public LogPositions index() {
        return index;
    }

    /** @return the session as the files say, or null if it does not exist (expired or not) */
    public ChatSession current() {
        return files.session(id);
    }

    /** @return the live session at {@code now}, or throws SessionNotFoundException */
    public ChatSession requireLive(Instant now) {
        ChatSession s = current();
        if (s == null || s.state().expiredAt(now)) {
            throw new SessionNotFoundException(id);
        }
        return s;
    }

    /**
     * {@code session.json} as just read or written. A generation other than the known one (the
     * session was re-created, here or by another process) forgets the log first.
     */
    public void metaRead(FileStamp stamp, SessionMeta meta) {
        if (files.meta() == null || !meta.generation().equals(files.meta().generation())) {
            logReplaced();
        }
        files = files.withMeta(stamp, meta);
    }

    /** There is no {@code session.json} (deleted, never created, or removed here): forgets everything. */
    public void absent() {
        logReplaced();
        files = SessionFiles.ABSENT;
    }

    /** The log was replaced (a trim), shrank or vanished: forgets it, to be read anew from its start. */
    public void logReplaced() {
        onLogForgotten.run();
        files = files.withoutLog();
        index = new LogIndex();
    }

    /**
     * The log file {@code key} is verified further, by a scan or an append. If the step fails, or
     * its result breaks an invariant, the log is forgotten (the next operation reads it anew from
     * the files), so a half-applied extension never stays known.
     *
     * @return the verified prefix after it
     * @throws IllegalStateException if the session has no metadata, the log file is not the
     *     known one, the prefix would shrink or the index would not end at its last commit
     */
    public LogScanner.Scanned extendLog(Object key, LogExtension step) throws IOException {
        if (files.meta() == null || files.logKey() != null && !files.logKey().equals(key)) {
            throw new IllegalStateException("session '" + id.value() + "': a log extended without its"
                    + " metadata, or on another file than the known one (" + files.logKey() + ", not " + key + ")");
        }
        LogScanner.Scanned from = files.scanned();
        LogScanner.Scanned to;
        try {
            to = step.extend(from, index);
        } catch (IOException | RuntimeException e) {
            logReplaced();
            throw e;
        }
        if (to.goodEnd() < from.goodEnd() || !index.endsAt(to.lastCommit())) {
            logReplaced();
            throw new IllegalStateException("session '" + id.value() + "': the verified log prefix would"
                    + " end at byte " + to.goodEnd() + " (was " + from.goodEnd() + ") with its index not ending"
                    + " at its last commit " + to.lastCommit() + "; what was known of the log is dropped");
        }
        files = files.withLog(key, to);
        return to;
    }

    /** Everything verified is now known forced to the device (after a force, a cut or a trim's rewrite). */
    public void forced() {
        files = files.forced();
    }
}
