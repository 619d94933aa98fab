package dev.multichat.app.live;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The chunks of one stream not yet handed to its connection, bounded in bytes. A feed thread
 * {@link #put puts} and waits while it is full, up to {@link #PATIENCE_NANOS}; the writer
 * {@link #poll polls}. {@link #seal} adds the last chunk: nothing is accepted after it.
 * Thread-safe.
 */
final class Backlog {

    /** Bytes held before a sender waits. */
    static final int CAPACITY = 256 * 1024;
    /** How long a sender waits for room before the client counts as too slow. */
    static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition room = lock.newCondition();
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private long bytes;
    private boolean sealed;
    private boolean closed;

    /**
     * Adds a chunk, waiting while the backlog is full.
     *
     * @param chunk the bytes
     * @return true when added; false when sealed or closed, when no room came within
     *     {@link #PATIENCE_NANOS}, or when the thread was interrupted (its flag stays set)
     */
    boolean put(byte[] chunk) {
        lock.lock();
        try {
            long left = PATIENCE_NANOS;
            while (!sealed && !closed && full(chunk.length) && left > 0) {
                left = room.awaitNanos(left);
            }
            if (sealed || closed || full(chunk.length)) {
                return false;
            }
            add(chunk);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds a chunk only when the backlog is empty (a keep-alive has no use behind data).
     *
     * @param chunk the bytes
     * @return whether it was added
     */
    boolean offerIfEmpty(byte[] chunk) {
        lock.lock();
        try {
            if (sealed || closed || !chunks.isEmpty()) {
                return false;
            }
            add(chunk);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds the last chunk, whatever the backlog holds; later chunks are refused.
     *
     * @param chunk the last bytes
     * @return false when already sealed or closed
     */
    boolean seal(byte[] chunk) {
        lock.lock();
        try {
            if (sealed || closed) {
                return false;
            }
            sealed = true;
            add(chunk);
            room.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** @return the oldest chunk, or {@code null} when empty */
    byte[] poll() {
        lock.lock();
        try {
            byte[] chunk = chunks.poll();
            if (chunk != null) {
                bytes -= chunk.length;
                room.signalAll();
            }
            return chunk;
        } finally {
            lock.unlock();
        }
    }

    /** @return whether the last chunk was added (it may not be polled yet) */
    boolean sealed() {
        lock.lock();
        try {
            return sealed;
        } finally {
            lock.unlock();
        }
    }

    /** Drops every chunk, refuses new ones and wakes waiting senders. Idempotent. */
    void close() {
        lock.lock();
        try {
            closed = true;
            chunks.clear();
            bytes = 0;
            room.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void add(byte[] chunk) {
        chunks.add(chunk);
        bytes += chunk.length;
    }

    private boolean full(int length) {
        return bytes > 0 && bytes + length > CAPACITY;
    }
}
