package dev.multichat.json;

import dev.multichat.api.StoreUnavailableException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Session locks of one store directory, shared by every store instance of this JVM on it:
 * an in-process lock stripe, then an exclusive byte-range lock on {@code <root>/store.lock} at
 * the session's position, which other processes respect. The lock file is never deleted, so
 * a lock never lands on a removed file. (POSIX drops a process's locks when any of its channels
 * on the file closes, hence one shared channel per directory per JVM.) Thread-safe.
 */
final class DirLocks {
    private static final Logger LOG = LoggerFactory.getLogger(DirLocks.class);
    private static final Map<Path, DirLocks> OPEN = new HashMap<>();
    private static final int STRIPES = 1024;
    private final Path root;
    private volatile FileChannel channel;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private int users;

    private DirLocks(Path root, FileChannel channel) {
        this.root = root;
        this.channel = channel;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    static synchronized DirLocks acquire(Path root) throws IOException {
        DirLocks locks = OPEN.get(root);
        if (locks == null) {
            locks = new DirLocks(root, FileChannel.open(root.resolve("store.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE));
            OPEN.put(root, locks);
        }
        locks.users++;
        return locks;
    }

    void release() throws IOException {
        synchronized (DirLocks.class) {
            users--;
            if (users == 0) {
                OPEN.remove(root);
                channel.close();
            }
        }
    }

    /**
     * Blocks until this thread holds the session's lock in this JVM and across processes.
     *
     * @param gate the calling store's gate: entered here, left when the lock is released, so
     *     the lock channel is never closed under a held lock
     * @throws dev.multichat.api.StoreClosedException if that store is closed
     */
    Held lock(long position, StoreGate gate) {
        if (Thread.currentThread().isInterrupted()) {
            throw new StoreUnavailableException("the calling thread is interrupted; nothing was done."
                    + " Clear the interrupt and retry");
        }
        gate.enter();
        ReentrantLock stripe = stripe(position);
        stripe.lock();
        Held held = null;
        try {
            held = new Held(stripe, channel().lock(position, 1, false), gate);
            return held;
        } catch (IOException e) {
            throw new StoreUnavailableException("could not lock " + root.resolve("store.lock")
                    + " (" + e.getMessage() + "); check the directory is on a local file system that"
                    + " supports file locks, then retry", e);
        } finally {
            if (held == null) { // whatever failed (an unchecked error included), nothing stays held
                stripe.unlock();
                gate.exit();
            }
        }
    }

    /** @return the in-process lock of a position (its stripe), without the file lock */
    ReentrantLock stripe(long position) {
        return stripes[(int) (position % STRIPES)];
    }

    /**
     * @return the lock channel, reopened if an interrupt closed it (the locks other threads held
     *     through it were then released: a documented limitation of interrupting store calls)
     */
    private FileChannel channel() throws IOException {
        FileChannel current = channel;
        if (current.isOpen()) {
            return current;
        }
        synchronized (this) {
            if (!channel.isOpen()) {
                channel = FileChannel.open(root.resolve("store.lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            return channel;
        }
    }

    /** A held session lock; closing releases it and leaves the store's gate. */
    record Held(ReentrantLock stripe, FileLock fileLock, StoreGate gate) implements AutoCloseable {
        @Override
        public void close() {
            try {
                fileLock.release();
            } catch (ClosedChannelException e) {
                LOG.warn("the lock channel was closed under a held session lock (a thread was"
                        + " interrupted inside a store call), so the lock was already released");
            } catch (IOException e) {
                throw new StoreUnavailableException("releasing a session lock failed ("
                        + e + "); close and reopen the store", e);
            } finally {
                stripe.unlock();
                gate.exit();
            }
        }
    }
}
