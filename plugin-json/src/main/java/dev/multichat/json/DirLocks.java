package dev.multichat.json;

import dev.multichat.api.StoreUnavailableException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Session locks of one store directory, shared by every store instance of this JVM on it:
 * an in-process lock stripe, then an exclusive byte-range lock on {@code <root>/store.lock} at
 * the session's position, which other processes respect. The lock file is never deleted, so
 * a lock never lands on a removed file. (POSIX drops a process's locks when any of its channels
 * on the file closes, hence one shared channel per directory per JVM.) Thread-safe.
 */
final class DirLocks {
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

    /** Blocks until this thread holds the session's lock in this JVM and across processes. */
    Held lock(long position) {
        if (Thread.currentThread().isInterrupted()) {
            throw new StoreUnavailableException("the calling thread is interrupted; nothing was done."
                    + " Clear the interrupt and retry");
        }
        ReentrantLock stripe = stripes[(int) (position % STRIPES)];
        stripe.lock();
        try {
            return new Held(stripe, channel().lock(position, 1, false));
        } catch (IOException e) {
            stripe.unlock();
            throw new StoreUnavailableException("could not lock " + root.resolve("store.lock")
                    + " (" + e.getMessage() + "); check the directory is on a local file system that"
                    + " supports file locks, then retry", e);
        }
    }

    /**
     * @return the lock channel, reopened if an interrupt closed it (the locks other threads held
     *     through it were then released: a documented limitation of interrupting store calls)
     */
    private synchronized FileChannel channel() throws IOException {
        if (!channel.isOpen()) {
            channel = FileChannel.open(root.resolve("store.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
        }
        return channel;
    }

    /** A held session lock; closing releases it. */
    record Held(ReentrantLock stripe, FileLock fileLock) implements AutoCloseable {
        @Override
        public void close() {
            try {
                fileLock.release();
            } catch (IOException e) {
                throw new StoreUnavailableException("releasing a session lock failed ("
                        + e.getMessage() + "); close and reopen the store", e);
            } finally {
                stripe.unlock();
            }
        }
    }
}
