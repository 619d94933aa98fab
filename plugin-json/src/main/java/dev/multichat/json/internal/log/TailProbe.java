package dev.multichat.json.internal.log;

import dev.multichat.api.CorruptDataException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a log's verified part ends by reading only its end (at open and on each sweep,
 * never the whole log): the last commit line whose batch is intact back to the commit before
 * it (so a valid commit line that survived a torn write, after a hole, is not taken), and the
 * recovery point the commit lines in that region claim (see {@link LogScanner}). Reads
 * backwards in growing chunks until both are found. Not thread-safe; one per probe.
 */
public final class TailProbe {
    private static final int FIRST_CHUNK = 4 * 1024;
    private final List<Long> ends = new ArrayList<>();
    private final List<LogLine> lines = new ArrayList<>();
    private long recovery;

    private TailProbe() {
    }

    /**
     * @return the verified prefix: its end (after the last intact commit) and that commit (line
     *     count unknown); bytes after it, up to {@code size}, are a torn tail to cut
     * @throws CorruptDataException if damage lies below the recovery point (line numbers are
     *     not known here: the session's first touch reports them)
     */
    public static LogScanner.Scanned probe(Path log, FileChannel channel, long size) throws IOException {
        for (long chunk = FIRST_CHUNK; ; chunk *= 4) {
            long start = Math.max(0, size - chunk);
            TailProbe probe = new TailProbe();
            probe.read(channel, start, size);
            int anchor = probe.anchor(start == 0);
            if (anchor >= 0 || start == 0) {
                long goodEnd = anchor < 0 ? 0 : probe.ends.get(anchor);
                if (goodEnd < size && probe.recovery > goodEnd) {
                    throw new CorruptDataException(log + " is damaged after byte " + goodEnd + ", before byte "
                            + probe.recovery + " which a later commit line records as forced to the device:"
                            + " durable data was damaged, this is not a torn write. Restore the file from a"
                            + " backup, or move the damaged line out by hand. Other sessions are unaffected.");
                }
                Commit last = anchor < 0 ? null : probe.lines.get(anchor).commit();
                return new LogScanner.Scanned(goodEnd, 0, last, Math.min(probe.recovery, goodEnd));
            }
        }
    }

    /** Decodes the lines of {@code [start, end)}; a first line cut by the chunk start is skipped. */
    private void read(FileChannel channel, long start, long end) throws IOException {
        LineReader reader = new LineReader(channel, start, end);
        boolean partial = start > 0;
        while (reader.next()) {
            LogLine line = !partial && reader.terminated()
                    ? LineCodec.decode(reader.buf(), reader.off(), reader.len()) : null;
            if (!partial) {
                ends.add(reader.lineStart() + reader.len() + 1);
                lines.add(line);
            }
            partial = false;
            if (line != null && line.commit() != null) {
                recovery = Math.max(recovery, line.commit().claim(reader.lineStart()));
            }
        }
    }

    /**
     * @param fromFileStart whether the first line read is the file's first line
     * @return the index of the last commit line whose batch is intact back to the previous commit
     *     (or to the file start), -1 if none; -1 also when more must be read to tell
     */
    private int anchor(boolean fromFileStart) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            LogLine line = lines.get(i);
            if (line != null && line.commit() != null && intact(i, fromFileStart)) {
                return i;
            }
        }
        return -1;
    }

    /** @return whether the lines before commit {@code i} back to the previous commit form its batch */
    private boolean intact(int i, boolean fromFileStart) {
        Commit commit = lines.get(i).commit();
        long seq = commit.lastSeq();
        int j = i - 1;
        while (j >= 0 && lines.get(j) != null && lines.get(j).message() != null
                && lines.get(j).message().seq() == seq) {
            seq--;
            j--;
        }
        if (j < 0) {
            return fromFileStart;
        }
        Commit before = lines.get(j) == null ? null : lines.get(j).commit();
        return before != null && before.lastSeq() == seq && before.version() < commit.version();
    }
}
