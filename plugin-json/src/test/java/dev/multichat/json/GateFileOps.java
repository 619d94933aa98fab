package dev.multichat.json;

import dev.multichat.json.internal.fs.FileOps;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real file operations that count writes and forces; the first force after {@link #closeGate()}
 * blocks until {@link #openGate()}, and each move of a session
 * into the trash counts down {@link #moved}.
 */
final class GateFileOps implements FileOps {
    final AtomicInteger writes = new AtomicInteger();
    final AtomicInteger forces = new AtomicInteger();
    final CountDownLatch moved = new CountDownLatch(1);
    private final FileOps real = FileOps.real();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final CountDownLatch inForce = new CountDownLatch(1);

    void closeGate() {
        gate = new CountDownLatch(1);
    }

    void openGate() {
        gate.countDown();
    }

    /** Waits until a force is blocked at the gate. */
    boolean awaitForceBlocked() throws InterruptedException {
        return inForce.await(30, TimeUnit.SECONDS);
    }

    @Override
    public void write(Path file, FileChannel channel, ByteBuffer buffer) throws IOException {
        real.write(file, channel, buffer);
        writes.incrementAndGet();
    }

    @Override
    public void force(Path file, FileChannel channel) throws IOException {
        forces.incrementAndGet();
        inForce.countDown();
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IOException("test gate never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted at the test gate", e);
        }
        real.force(file, channel);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        real.move(from, to);
        if (to.getParent().getFileName().toString().equals("trash")) {
            moved.countDown();
        }
    }

    @Override
    public void forceDir(Path dir) throws IOException {
        real.forceDir(dir);
    }
}
