package dev.multichat.json;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and cuts a log's torn tail: the bytes after the last valid commit line, left by a write
 * that was never acknowledged (a crash mid-append, or zeros after a power cut). The cut bytes
 * are appended to {@code messages.jsonl.broken} beside the log before the log is truncated.
 */
final class LogRepair {
    private static final Logger LOG = LoggerFactory.getLogger(LogRepair.class);
    private static final int FIRST_PROBE = 4 * 1024;

    private LogRepair() {
    }

    /**
     * Reads backwards from the end in growing chunks until a valid commit line is found, and
     * checks that what follows it has the shape of a torn write.
     *
     * @throws dev.multichat.api.CorruptDataException if it has not (line numbers count from the
     *     commit: the session's first touch reports the real ones)
     * @return the offset after the last valid commit line and that commit (line count unknown)
     */
    static LogScanner.Scanned probe(Path log, FileChannel channel, long size) throws IOException {
        long chunk = FIRST_PROBE;
        while (true) {
            long start = Math.max(0, size - chunk);
            LineReader reader = new LineReader(channel, start, size);
            boolean partial = start > 0;
            Commit last = null;
            long end = 0;
            while (reader.next()) {
                LogLine line = !partial && reader.terminated()
                        && LineCodec.looksLikeCommit(reader.buf(), reader.off(), reader.len())
                        ? LineCodec.decode(reader.buf(), reader.off(), reader.len()) : null;
                partial = false;
                if (line != null && line.commit() != null) {
                    last = line.commit();
                    end = reader.lineStart() + reader.len() + 1;
                }
            }
            if (last != null || start == 0) {
                LogScanner.Scanned found = new LogScanner.Scanned(end, 0, last);
                LogScanner.scan(log, channel, found, size, new LogIndex());
                return found;
            }
            chunk *= 4;
        }
    }

    /** Moves {@code [goodEnd, size)} of the log to the .broken file and truncates the log. */
    static void cut(Path log, long goodEnd, long size, FileOps ops) throws IOException {
        Path broken = log.resolveSibling(log.getFileName() + ".broken");
        try (FileChannel from = FileChannel.open(log, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileChannel to = FileChannel.open(broken, StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            long done = 0;
            while (done < size - goodEnd) {
                done += from.transferTo(goodEnd + done, size - goodEnd - done, to);
            }
            ops.force(to);
            from.truncate(goodEnd);
            ops.force(from);
        }
        ops.forceDir(log.getParent());
        LOG.warn("cut the torn tail of {}: {} bytes after offset {} (an unacknowledged write cut off"
                + " by a crash) moved to {}", log, size - goodEnd, goodEnd, broken);
    }
}
