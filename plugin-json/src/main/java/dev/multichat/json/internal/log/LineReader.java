package dev.multichat.json.internal.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Reads the lines of a file region in order, without copying each line. After {@link #next()}
 * returns true, the line is {@code buf()[off() .. off()+len())}, it began at file offset
 * {@link #lineStart()}, and {@link #terminated()} says whether a newline ended it (a last line
 * without one is a cut-off write). Not thread-safe.
 */
public final class LineReader {
    private final FileChannel channel;
    private final long end;
    private static final int MAX_INITIAL = 64 * 1024;
    private byte[] buf;
    private int pos;
    private int limit;
    private long bufStart;
    private int lineOff;
    private int lineLen;
    private boolean lineTerminated;

    public LineReader(FileChannel channel, long start, long end) {
        this.channel = channel;
        this.bufStart = start;
        this.end = end;
        this.buf = new byte[(int) Math.max(256, Math.min(MAX_INITIAL, end - start))];
    }

    public boolean next() throws IOException {
        int from = pos;
        while (true) {
            for (int i = from; i < limit; i++) {
                if (buf[i] == '\n') {
                    return take(i - pos, true);
                }
            }
            int scanned = limit - pos;
            if (!fill()) {
                return pos < limit && take(limit - pos, false);
            }
            from = pos + scanned;
        }
    }

    private boolean take(int length, boolean terminated) {
        lineOff = pos;
        lineLen = length;
        lineTerminated = terminated;
        pos += length + (terminated ? 1 : 0);
        return true;
    }

    /** Moves the unread bytes to the front, grows the buffer if full, reads more. */
    private boolean fill() throws IOException {
        long fileOffset = bufStart + limit;
        if (fileOffset >= end) {
            return false;
        }
        int unread = limit - pos;
        System.arraycopy(buf, pos, buf, 0, unread);
        bufStart += pos;
        pos = 0;
        limit = unread;
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int want = (int) Math.min(buf.length - limit, end - fileOffset);
        int read = channel.read(ByteBuffer.wrap(buf, limit, want), fileOffset);
        if (read <= 0) {
            return false;
        }
        limit += read;
        return true;
    }

    public byte[] buf() {
        return buf;
    }

    public int off() {
        return lineOff;
    }

    public int len() {
        return lineLen;
    }

    public long lineStart() {
        return bufStart + lineOff;
    }

    public boolean terminated() {
        return lineTerminated;
    }
}
