package dev.multichat.json.internal.log;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.CorruptDataException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies a region of a session log line by line and indexes its committed messages. A batch
 * counts only once its commit line is read; {@link Scanned#goodEnd()} stops after the last
 * valid commit before the first damaged line.
 *
 * <p>What lies after it is either a torn write or damage, and the <em>recovery point</em>
 * decides which: every commit line records the offset its writer knew forced to the device
 * (the {@code synced} field), so the largest such claim of any valid commit line, anywhere in
 * the log, is an offset below which every byte was durable. Bytes past it may be the remains
 * of writes a power cut tore (parts persisted in any order, holes read as zeros) and are never
 * acknowledged as durable, so they are cut. Damage below it is damage to durable data and
 * fails with {@link CorruptDataException} naming the file and line. A commit line without the
 * field (older logs) claims everything before itself.
 */
public final class LogScanner {
    private final Path file;
    private final LogIndex index;
    private final List<ChatMessage> pending = new ArrayList<>();
    private final List<Long> pendingOffsets = new ArrayList<>();
    private Commit last;
    private long goodEnd;
    private int line;
    private int goodLines;
    private int firstBadLine;
    private String badReason;
    private long recovery;

    /**
     * The verified prefix of a log.
     *
     * @param goodEnd the offset just after the last valid commit line
     * @param goodLines how many lines lie before {@code goodEnd}
     * @param lastCommit the last valid commit, or null if none
     * @param synced an offset below which the log is known forced (the recovery point)
     */
    public record Scanned(long goodEnd, int goodLines, Commit lastCommit, long synced) {
        /** @return this prefix, known forced up to {@code offset} (if that is further) */
        public Scanned forcedTo(long offset) {
            return new Scanned(goodEnd, goodLines, lastCommit, Math.max(synced, offset));
        }
    }

    private LogScanner(Path file, LogIndex index, Scanned from) {
        this.file = file;
        this.index = index;
        this.last = from.lastCommit();
        this.goodEnd = from.goodEnd();
        this.line = from.goodLines();
        this.goodLines = from.goodLines();
        this.recovery = from.synced();
    }

    /**
     * Scans {@code [from.goodEnd(), end)} of the log open on {@code channel}.
     *
     * @param from what is already verified (offset, line count, last commit)
     * @param index receives the newly committed messages
     * @return the verified prefix after the scan; what lies between its end and {@code end} is a
     *     torn tail past the recovery point, for the caller to cut
     * @throws CorruptDataException if a damaged line lies below the recovery point
     */
    public static Scanned scan(Path file, FileChannel channel, Scanned from, long end, LogIndex index)
            throws IOException {
        LogScanner scanner = new LogScanner(file, index, from);
        LineReader reader = new LineReader(channel, from.goodEnd(), end);
        while (reader.next()) {
            scanner.line(reader);
        }
        scanner.requireTornOnly();
        return new Scanned(scanner.goodEnd, scanner.goodLines, scanner.last,
                Math.min(scanner.recovery, scanner.goodEnd));
    }

    private void requireTornOnly() {
        if (firstBadLine > 0 && recovery > goodEnd) {
            throw new CorruptDataException("line " + firstBadLine + " of " + file + " is damaged ("
                    + badReason + ") and lies before byte " + recovery + ", which a later commit line"
                    + " records as forced to the device: durable data was damaged, this is not a torn"
                    + " write. The session cannot be read until the file is repaired: restore it from a"
                    + " backup, or move the damaged line out by hand. Other sessions are unaffected.");
        }
    }

    private void line(LineReader reader) {
        line++;
        LogLine decoded = reader.terminated()
                ? LineCodec.decode(reader.buf(), reader.off(), reader.len()) : null;
        if (decoded != null && decoded.commit() != null) {
            recovery = Math.max(recovery, decoded.commit().claim(reader.lineStart()));
        }
        if (firstBadLine > 0) {
            return; // past the damage only the recovery point matters
        }
        if (decoded == null) {
            bad(reader.terminated() ? "checksum mismatch or not a log record" : "cut off (no newline)");
        } else if (decoded.message() != null) {
            message(decoded.message(), reader.lineStart());
        } else {
            commit(decoded.commit(), reader.lineStart() + reader.len() + 1);
        }
    }

    private void message(ChatMessage message, long offset) {
        long expected = pending.isEmpty() ? (last == null ? -1 : last.lastSeq() + 1)
                : pending.get(pending.size() - 1).seq() + 1;
        if (expected != -1 && message.seq() != expected) {
            bad("seq " + message.seq() + " where " + expected + " was due");
            return;
        }
        pending.add(message);
        pendingOffsets.add(offset);
    }

    private void commit(Commit commit, long lineEnd) {
        long lastSeq = pending.isEmpty() ? (last == null ? commit.lastSeq() : last.lastSeq())
                : pending.get(pending.size() - 1).seq();
        if (commit.lastSeq() != lastSeq || last != null && commit.version() <= last.version()) {
            bad("commit " + commit.version() + " does not match the records before it");
            return;
        }
        for (int i = 0; i < pending.size(); i++) {
            index.add(pending.get(i).seq(), pendingOffsets.get(i), pending.get(i).draft().id());
        }
        pending.clear();
        pendingOffsets.clear();
        last = commit;
        goodEnd = lineEnd;
        goodLines = line;
    }

    private void bad(String reason) {
        if (firstBadLine == 0) {
            firstBadLine = line;
            badReason = reason;
        }
    }
}
