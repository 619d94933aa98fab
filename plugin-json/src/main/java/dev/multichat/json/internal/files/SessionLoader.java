package dev.multichat.json.internal.files;

import dev.multichat.api.CorruptDataException;
import dev.multichat.json.internal.fs.FileStamp;
import dev.multichat.json.internal.log.LogRepair;
import dev.multichat.json.internal.log.LogScanner;
import java.io.IOException;

/**
 * Brings a {@link SessionHandle} up to date with the files, under the session lock, before
 * each operation: re-reads {@code session.json} if its stamp changed (another process rewrote
 * it), reads only the new end of the log if it grew, re-reads the log from the start if it was
 * replaced or shrank, and cuts a torn tail.
 */
public final class SessionLoader {
    private final LogRepair repair;

    public SessionLoader(LogRepair repair) {
        this.repair = repair;
    }

    public void refresh(SessionHandle h) throws IOException {
        FileStamp stamp = FileStamp.of(h.metaFile);
        if (stamp == null) {
            h.forgetAll();
            requireNoOrphanLog(h);
            return;
        }
        if (!stamp.equals(h.files.metaStamp())) {
            SessionMeta meta = MetaFile.read(h.metaFile, h.id);
            if (h.files.meta() == null || !meta.generation().equals(h.files.meta().generation())) {
                h.forgetLog();
            }
            h.files = h.files.withMeta(stamp, meta);
        }
        refreshLog(h);
        h.files.meta().requireLogNotBehind(h.files.scanned().lastCommit(), h.logFile);
    }

    public void refreshLog(SessionHandle h) throws IOException {
        FileStamp log = FileStamp.of(h.logFile);
        if (log == null) {
            h.forgetLog();
            return;
        }
        if (!log.key().equals(h.files.logKey()) || log.size() < h.files.scanned().goodEnd()) {
            h.forgetLog();
        } else if (log.size() == h.files.scanned().goodEnd()) {
            return;
        }
        h.files = h.files.withLog(log.key(),
                LogScanner.scan(h.logFile, h.channel.get(false), h.files.scanned(), log.size(), h.index));
        if (h.files.scanned().goodEnd() < log.size()) {
            repair.cut(h.logFile, h.files.scanned().goodEnd(), log.size());
            h.files = h.files.forced(); // the cut forced the rest
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
