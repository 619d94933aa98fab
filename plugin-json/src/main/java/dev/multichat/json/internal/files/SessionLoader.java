package dev.multichat.json.internal.files;

import dev.multichat.api.CorruptDataException;
import dev.multichat.json.internal.fs.FileStamp;
import dev.multichat.json.internal.log.LogRepair;
import dev.multichat.json.internal.log.LogScanner;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

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

    /**
     * Whether the session's files are exactly as this store instance last verified them: its
     * {@code session.json} has the stamp it was read with, and its log is the known file, open on
     * the handle, with nothing after the verified prefix (no other process wrote since). Then
     * the verified prefix can be read without the cross-process lock: it is immutable (the log
     * is append-only and only replaced whole, by rename, while the handle keeps the old file open)
     * and holds everything written. Two {@code stat} calls; no file is opened, read or locked.
     */
    public boolean unchanged(SessionHandle h) throws IOException {
        SessionFiles known = h.known().files();
        if (known.meta() == null || !known.metaStamp().equals(FileStamp.of(h.place().metaFile()))) {
            return false;
        }
        FileStamp log = FileStamp.of(h.place().logFile());
        if (known.logKey() == null) {
            return log == null;
        }
        return log != null && h.channel().isOpen() && log.key().equals(known.logKey())
                && log.size() == known.scanned().goodEnd();
    }

    public void refresh(SessionHandle h) throws IOException {
        SessionPlace place = h.place();
        KnownFiles known = h.known();
        FileStamp stamp = FileStamp.of(place.metaFile());
        if (stamp == null) {
            known.absent();
            requireNoOrphanLog(place);
            return;
        }
        if (!stamp.equals(known.files().metaStamp())) {
            known.metaRead(stamp, MetaFile.read(place.metaFile(), place.id()));
        }
        refreshLog(h);
        known.files().meta().requireLogNotBehind(known.files().scanned().lastCommit(), place.logFile());
    }

    public void refreshLog(SessionHandle h) throws IOException {
        Path file = h.place().logFile();
        KnownFiles known = h.known();
        FileStamp log = FileStamp.of(file);
        if (log == null) {
            known.logReplaced();
            return;
        }
        long verified = known.files().scanned().goodEnd();
        if (!log.key().equals(known.files().logKey()) || log.size() < verified) {
            known.logReplaced();
        } else if (log.size() == verified) {
            return;
        }
        FileChannel channel = h.channel().get(false);
        LogScanner.Scanned scanned = known.extendLog(log.key(),
                (from, into) -> LogScanner.scan(file, channel, from, log.size(), into));
        if (scanned.goodEnd() < log.size()) {
            repair.cut(file, scanned.goodEnd(), log.size());
            known.forced(); // the cut forced the rest
        }
    }

    private static void requireNoOrphanLog(SessionPlace place) throws IOException {
        FileStamp log = FileStamp.of(place.logFile());
        if (log != null && log.size() > 0) {
            throw new CorruptDataException(place.metaFile() + " is missing but " + place.logFile() + " holds "
                    + log.size() + " bytes of messages; restore session.json from a backup, or delete"
                    + " the directory " + place.dir() + " to drop the session. Other sessions are unaffected.");
        }
    }
}
