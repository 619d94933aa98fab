package dev.multichat.json;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.MessageRange;
import dev.multichat.json.internal.files.SessionHandle;
import dev.multichat.json.internal.log.LineCodec;
import dev.multichat.json.internal.log.LineReader;
import dev.multichat.json.internal.log.LogPositions;
import dev.multichat.json.internal.log.LogLine;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads messages through the session's index: only the byte range that holds them, so reading
 * the newest n never reads the rest of the log. Each line's checksum is verified again.
 */
final class LogReader {
    List<ChatMessage> read(SessionHandle h, MessageRange range) throws IOException {
        LogPositions index = h.known().index();
        if (index.count() == 0) {
            return List.of();
        }
        long last = index.lastSeq();
        long from;
        long to;
        switch (range.kind()) {
            case TAIL:
                from = Math.max(index.firstSeq(), last - range.limit() + 1);
                to = last;
                break;
            case AFTER:
                if (range.afterSeq() >= last) {
                    return List.of(); // and afterSeq + 1 below cannot overflow
                }
                from = Math.max(index.firstSeq(), range.afterSeq() + 1);
                to = Math.min(last, from + range.limit() - 1);
                break;
            default:
                from = index.firstSeq();
                to = last;
        }
        return from > to ? List.of() : readRange(h, from, to, null);
    }

    /** @return the messages with these seqs, in seq order */
    List<ChatMessage> readSeqs(SessionHandle h, List<Long> seqs) throws IOException {
        long from = seqs.stream().mapToLong(Long::longValue).min().orElseThrow();
        long to = seqs.stream().mapToLong(Long::longValue).max().orElseThrow();
        return readRange(h, from, to, new HashSet<>(seqs));
    }

    private List<ChatMessage> readRange(SessionHandle h, long from, long to, Set<Long> only)
            throws IOException {
        LogPositions index = h.known().index();
        long start = index.offsetOf(from);
        long end = to == index.lastSeq() ? h.known().files().scanned().goodEnd() : index.offsetOf(to + 1);
        List<ChatMessage> out = new ArrayList<>((int) Math.min(to - from + 1, 1024));
        FileChannel ch = h.channel().get(false);
        LineReader reader = new LineReader(ch, start, end);
        while (reader.next()) {
            LogLine line = reader.terminated()
                    ? LineCodec.decode(reader.buf(), reader.off(), reader.len()) : null;
            if (line == null) {
                throw damaged(h.place().logFile(), ch, reader.lineStart());
            }
            ChatMessage m = line.message();
            if (m != null && (only == null || only.contains(m.seq()))) {
                out.add(m);
            }
        }
        return out;
    }

    private static CorruptDataException damaged(Path file, FileChannel ch, long offset) throws IOException {
        long line = 1;
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        for (long pos = 0; pos < offset; buf.clear()) {
            buf.limit((int) Math.min(buf.capacity(), offset - pos));
            int n = ch.read(buf, pos);
            for (int i = 0; i < n; i++) {
                line += buf.get(i) == '\n' ? 1 : 0;
            }
            pos += Math.max(n, 1);
        }
        return new CorruptDataException("line " + line + " of " + file + " (byte " + offset + ") was"
                + " damaged after it was verified (checksum mismatch); restore the file from a backup."
                + " Other sessions are unaffected.");
    }
}
