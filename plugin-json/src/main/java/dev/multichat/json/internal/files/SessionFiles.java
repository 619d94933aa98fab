package dev.multichat.json.internal.files;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionId;
import dev.multichat.json.internal.fs.FileStamp;
import dev.multichat.json.internal.log.LogScanner;

/**
 * What one store instance last saw of a session's files, as one immutable value: the stamp and
 * content of {@code session.json}, the identity of the log file and its verified prefix. Each
 * change is one of the transitions below, which return a new value; {@link KnownFiles} holds the
 * current one and applies them.
 *
 * @param metaStamp the stamp {@code session.json} had when read or written, null if absent
 * @param meta its content, null if the session does not exist
 * @param logKey the file key of the log the prefix was read from, null if none is known
 * @param scanned the verified prefix of that log
 */
public record SessionFiles(FileStamp metaStamp, SessionMeta meta, Object logKey, LogScanner.Scanned scanned) {
    /**
     * @throws IllegalStateException if a log is known without metadata, or a prefix of no
     *     known log file
     */
    public SessionFiles {
        if (meta == null && logKey != null || logKey == null && scanned.goodEnd() != 0) {
            throw new IllegalStateException("known files out of step: metadata " + (meta != null)
                    + ", log " + logKey + ", verified prefix " + scanned.goodEnd() + " bytes");
        }
    }

    /** Nothing known: the session is absent until the files say otherwise. */
    static final SessionFiles ABSENT = new SessionFiles(null, null, null, new LogScanner.Scanned(0, 0, null, 0));

    /** @return the same metadata, nothing known of the log (read it again from the start) */
    SessionFiles withoutLog() {
        return new SessionFiles(metaStamp, meta, null, ABSENT.scanned);
    }

    /** @return with {@code session.json} as read or just written */
    public SessionFiles withMeta(FileStamp stamp, SessionMeta newMeta) {
        return new SessionFiles(stamp, newMeta, logKey, scanned);
    }

    /** @return with the log's verified prefix as scanned or just appended */
    public SessionFiles withLog(Object key, LogScanner.Scanned prefix) {
        return new SessionFiles(metaStamp, meta, key, prefix);
    }

    /** @return the same, with the whole verified prefix known forced to the device */
    public SessionFiles forced() {
        return withLog(logKey, scanned.forcedTo(scanned.goodEnd()));
    }

    /** @return the session as the files say, or null if it does not exist (expired or not) */
    ChatSession session(SessionId id) {
        return meta == null ? null : new ChatSession(id, meta.info(), meta.reconcile(scanned.lastCommit()));
    }
}
