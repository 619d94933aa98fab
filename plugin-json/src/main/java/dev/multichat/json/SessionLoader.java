package dev.multichat.json;

import dev.multichat.api.CorruptDataException;
import java.io.IOException;

/**
 * Brings a {@link SessionHandle} up to date with the files, under the session lock, before
 * each operation: re-reads {@code session.json} if its stamp changed (another process rewrote
 * it), reads only the new end of the log if it grew, re-reads the log from the start if it was
 * replaced or shrank, and cuts a torn tail.
 */
final class SessionLoader {
    private final FileOps ops;

    SessionLoader(FileOps ops) {
        this.ops = ops;
    }

    void refresh(SessionHandle h) throws IOException {
        FileStamp stamp = FileStamp.of(h.metaFile);
        if (stamp == null) {
            h.forgetAll();
            requireNoOrphanLog(h);
            return;
        }
        if (!stamp.equals(h.metaStamp)) {
            SessionMeta meta = MetaFile.read(h.metaFile, h.id);
            if (h.meta == null || !meta.generation().equals(h.meta.generation())) {
                h.forgetLog();
            }
            h.meta = meta;
            h.metaStamp = stamp;
        }
        refreshLog(h);
        h.meta.requireLogNotBehind(h.scanned.lastCommit(), h.logFile);
    }

    void refreshLog(SessionHandle h) throws IOException {
        FileStamp log = FileStamp.of(h.logFile);
        if (log == null) {
            h.forgetLog();
            return;
        }
        if (!log.key().equals(h.logKey) || log.size() < h.scanned.goodEnd()) {
            h.forgetLog();
        } else if (log.size() == h.scanned.goodEnd()) {
            return;
        }
        h.scanned = LogScanner.scan(h.logFile, h.channel.get(false), h.scanned, log.size(), h.index);
        h.logKey = log.key();
        if (h.scanned.goodEnd() < log.size()) {
            LogRepair.cut(h.logFile, h.scanned.goodEnd(), log.size(), ops);
            h.scanned = h.scanned.forcedTo(h.scanned.goodEnd()); // the cut forced the rest
        }
    }

    private static void requireNoOrphanLog(SessionHandle h) throws IOException {
        FileStamp log = FileStamp.of(h.logFile);
        if (log != null && log.size() > 0) {
            throw new CorruptDataException(h.metaFile + " is missing but " + h.logFile + " holds "
                    + log.size() + " bytes of messages; restore session.json from a backup, or delete"
                    + " the directory " + h.dir + " to drop the session. Other sessions are unaffected.");
        }
    }
}
