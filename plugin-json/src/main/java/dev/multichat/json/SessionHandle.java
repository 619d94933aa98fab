package dev.multichat.json;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What one store instance knows of one session's files: the metadata as last read, the
 * verified prefix of the log with its index, and whether a failed write or force has poisoned
 * the session. Every field is read and written under the session lock, except {@link #group}.
 */
final class SessionHandle {
    final SessionId id;
    final Path dir;
    final Path metaFile;
    final Path logFile;
    final GroupForce group = new GroupForce();
    FileStamp metaStamp;
    SessionMeta meta;
    Object logKey;
    LogScanner.Scanned scanned;
    LogIndex index;
    private IOException poison;

    SessionHandle(SessionId id, Path dir) {
        this.id = id;
        this.dir = dir;
        this.metaFile = dir.resolve(SessionPaths.META);
        this.logFile = dir.resolve(SessionPaths.LOG);
        forgetLog();
    }

    /** Drops what is known of the log, so the next refresh reads it from the start. */
    void forgetLog() {
        logKey = null;
        scanned = new LogScanner.Scanned(0, 0, null);
        index = new LogIndex();
    }

    /** Forgets everything: the session is absent until the files say otherwise. */
    void forgetAll() {
        metaStamp = null;
        meta = null;
        forgetLog();
    }

    /** @return the session as the files say, or null if it does not exist (expired or not) */
    ChatSession current() {
        return meta == null ? null
                : new ChatSession(id, meta.info(), meta.reconcile(scanned.lastCommit()));
    }

    /** @return the live session at {@code now}, or throws SessionNotFoundException */
    ChatSession requireLive(Instant now) {
        ChatSession s = current();
        if (s == null || s.state().expiredAt(now)) {
            throw new SessionNotFoundException(id);
        }
        return s;
    }

    void poison(IOException cause) {
        if (poison == null) {
            poison = cause;
        }
    }

    /** @return the write or force failure that poisoned the session, or null */
    IOException poisoned() {
        return poison != null ? poison : group.failure();
    }
}
