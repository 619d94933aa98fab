package dev.multichat.json;

import dev.multichat.json.internal.fs.FileOps;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real file operations, of which the Nth after {@link #arm} fails once or from then on. A
 * failing write first writes half its bytes for real, as a disk that fills up mid-write does.
 * Records the names of the operations called since arming. Thread-safe.
 */
final class FaultyFileOps implements FileOps {
    private final FileOps real = FileOps.real();
    private final List<String> calls = new ArrayList<>();
    private int failAt;
    private boolean persistent;
    private String message = "";

    /** From the next call, counting from 1, call {@code n} fails (and every later one if persistent). */
    synchronized void arm(int n, boolean failFromThenOn, String error) {
        calls.clear();
        failAt = n;
        persistent = failFromThenOn;
        message = error;
    }

    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    private synchronized void check(String op) throws IOException {
        calls.add(op);
        int n = calls.size();
        if (failAt > 0 && (n == failAt || persistent && n > failAt)) {
            throw new IOException(message + " (injected at " + op + ", call " + n + ")");
        }
    }

    @Override
    public void write(Path file, FileChannel channel, ByteBuffer buffer) throws IOException {
        try {
            check("write");
        } catch (IOException e) {
            buffer.limit(buffer.position() + buffer.remaining() / 2);
            real.write(file, channel, buffer);
            throw e;
        }
        real.write(file, channel, buffer);
    }

    @Override
    public void force(Path file, FileChannel channel) throws IOException {
        check("force");
        real.force(file, channel);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        check("move");
        real.move(from, to);
    }

    @Override
    public void forceDir(Path dir) throws IOException {
        check("forceDir");
        real.forceDir(dir);
    }
}
