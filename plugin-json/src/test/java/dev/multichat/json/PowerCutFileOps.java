package dev.multichat.json;

import dev.multichat.json.internal.fs.FileOps;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Real file operations that remember, per file, what was written since its last force, and
 * after the {@code budget}-th operation turn the power off (every later operation fails).
 * {@link #cut} then does to the files what a power cut may do to unforced data: each unforced
 * write is torn into parts, each part persisted or lost independently (so in any order), and
 * the holes read as zeros; with {@code keep = 0} everything written since the last force is
 * dropped. Files renamed carry their unforced writes with them. Thread-safe.
 */
final class PowerCutFileOps implements FileOps {
    private final FileOps real = FileOps.real();
    private final Map<Path, Unforced> files = new HashMap<>();
    private int budget;

    /** A write not yet forced. */
    private record Write(long offset, byte[] bytes) {
    }

    /** A file's size at its last force and the writes since. */
    private static final class Unforced {
        private final long forcedSize;
        private final List<Write> writes = new ArrayList<>();

        Unforced(long forcedSize) {
            this.forcedSize = forcedSize;
        }
    }

    /** @param budget how many operations succeed before the power goes off (the last one unforced) */
    PowerCutFileOps(int budget) {
        this.budget = budget;
    }

    private synchronized void spend(String op) throws IOException {
        if (budget <= 0) {
            throw new IOException("power is off (simulated power cut; " + op + " not done)");
        }
        budget--;
    }

    @Override
    public synchronized void write(Path file, FileChannel channel, ByteBuffer buffer) throws IOException {
        spend("write");
        long offset = channel.position();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        Unforced state = files.computeIfAbsent(file, f -> new Unforced(offset));
        real.write(file, channel, buffer);
        state.writes.add(new Write(offset, bytes));
    }

    @Override
    public synchronized void force(Path file, FileChannel channel) throws IOException {
        spend("force");
        real.force(file, channel);
        files.remove(file);
    }

    @Override
    public synchronized void move(Path from, Path to) throws IOException {
        spend("move");
        real.move(from, to);
        Unforced moved = files.remove(from);
        files.remove(to);
        if (moved != null) {
            files.put(to, moved);
        }
    }

    @Override
    public synchronized void forceDir(Path dir) throws IOException {
        spend("forceDir");
        real.forceDir(dir);
    }

    /**
     * Applies the power cut to every file with unforced writes that still exists.
     *
     * @param keep the chance that each part of an unforced write persisted (0: all dropped)
     */
    synchronized void cut(Random random, double keep) throws IOException {
        budget = 0;
        for (Map.Entry<Path, Unforced> e : files.entrySet()) {
            if (Files.exists(e.getKey())) {
                Files.write(e.getKey(), afterCut(Files.readAllBytes(e.getKey()), e.getValue(), random, keep));
            }
        }
        files.clear();
    }

    private static byte[] afterCut(byte[] now, Unforced file, Random random, double keep) {
        long size = file.forcedSize;
        List<long[]> kept = new ArrayList<>();
        for (Write w : file.writes) {
            int[] bounds = {0, random.nextInt(w.bytes.length + 1), random.nextInt(w.bytes.length + 1), w.bytes.length};
            Arrays.sort(bounds);
            for (int p = 0; p < 3; p++) {
                if (bounds[p] < bounds[p + 1] && random.nextDouble() < keep) {
                    kept.add(new long[] {w.offset + bounds[p], w.offset + bounds[p + 1]});
                    size = Math.max(size, w.offset + bounds[p + 1]);
                }
            }
        }
        byte[] out = Arrays.copyOf(now, (int) Math.min(size, now.length));
        Arrays.fill(out, (int) Math.min(file.forcedSize, out.length), out.length, (byte) 0);
        for (long[] part : kept) {
            long end = Math.min(part[1], out.length);
            if (part[0] < end) {
                System.arraycopy(now, (int) part[0], out, (int) part[0], (int) (end - part[0]));
            }
        }
        return out;
    }
}
