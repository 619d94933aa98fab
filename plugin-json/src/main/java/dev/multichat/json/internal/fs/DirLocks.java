package dev.multichat.json.internal.fs;

import dev.multichat.api.StoreUnavailableException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Session locks of one store directory, shared by every store instance of this JVM on it:
 * an in-process lock stripe, then an exclusive byte-range lock at the session's position in
 * one of {@value #FILES} lock files, {@code <root>/locks/<xx>.lock} (xx from the position),
 * which other processes respect.
 *
 * <p>Why several files: the JDK keeps one lock table per locked file, a synchronized list
 * that every lock and unlock in the JVM on that file goes through (and the kernel one lock
 * list per inode), so with a single file every session operation of the JVM serialised there.
 * Spread over {@value #FILES} files, operations on different sessions almost never meet.
 *
 * <p>Lock files are never deleted, so a lock never lands on a removed file (which is why a
 * session's own files, renamed away by delete and trim, are not locked). POSIX drops a
 * process's locks on a file when any of its channels on that file closes, hence one shared
 * channel per lock file per JVM, opened on first use and closed when the last store instance
 * of the JVM on the directory releases it. Thread-safe.
 */
public final class DirLocks {
    private static final Logger LOG = LoggerFactory.getLogger(DirLocks.class);
    private static final Map<Path, DirLocks> OPEN = new HashMap<>();
    /** How many lock files the session positions are spread over. */
    static final int FILES = 256;
    /** The directory of the lock files, under the store's root. */
    static final String DIR = "locks";
    private static final int STRIPES = 1024;
    private final Path dir;
    private final AtomicReferenceArray<FileChannel> channels = new AtomicReferenceArray<>(FILES);
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private int users;

    private DirLocks(Path dir) {
        this.dir = dir;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    public static synchronized DirLocks acquire(Path root) throws IOException {
        DirLocks locks = OPEN.get(root);
        if (locks == null) {
            locks = new DirLocks(Files.createDirectories(root.resolve(DIR)));
            OPEN.put(root, locks);
        }
        locks.users++;
        return locks;
    }

    public void release() throws IOException {
        synchronized (DirLocks.class) {
            users--;
            if (users == 0) {
                OPEN.remove(dir.getParent());
                closeAll();
            }
        }
    }

    private void closeAll() throws IOException {
        IOException failure = null;
        for (int i = 0; i < FILES; i++) {
            FileChannel ch = channels.getAndSet(i, null);
            try {
                if (ch != null) {
                    ch.close();
                }
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Blocks until this thread holds the session's lock in this JVM, and across processes if
     * asked.
     *
     * @param gate the calling store's gate: entered here, left when the lock is released, so
     *     the lock channel is never closed under a held lock
     * @param acrossProcesses also take the byte-range lock other processes respect (every
     *     operation that may write, or read what another process may be writing); without it only
     *     this JVM's threads are excluded
     * @throws dev.multichat.api.StoreClosedException if that store is closed
     */
    public Held lock(long position, StoreGate gate, boolean acrossProcesses) {
        if (Thread.currentThread().isInterrupted()) {
            throw new StoreUnavailableException("the calling thread is interrupted; nothing was done."
                    + " Clear the interrupt and retry");
        }
        gate.enter();
        ReentrantLock stripe = stripe(position);
        stripe.lock();
        Held held = null;
        try {
            FileLock fileLock = acrossProcesses ? channel(file(position)).lock(position, 1, false) : null;
            held = new Held(stripe, fileLock, gate);
            return held;
        } catch (IOException e) {
            throw new StoreUnavailableException("could not lock " + lockFile(file(position))
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
    public ReentrantLock stripe(long position) {
        return stripes[(int) (position % STRIPES)];
    }

    /** @return which lock file holds a position: its low bits, spread like the SHA-256 they come from */
    static int file(long position) {
        return (int) (position & (FILES - 1));
    }

    private Path lockFile(int file) {
        return dir.resolve(String.format("%02x.lock", file));
    }

    /**
     * @return the lock file's channel, opened on first use, and reopened if an interrupt closed
     *     it (the locks other threads held through it were then released: a documented
     *     limitation of interrupting store calls)
     */
    private FileChannel channel(int file) throws IOException {
        FileChannel current = channels.get(file);
        if (current != null && current.isOpen()) {
            return current;
        }
        synchronized (this) {
            current = channels.get(file);
            if (current == null || !current.isOpen()) {
                current = FileChannel.open(lockFile(file), StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                channels.set(file, current);
            }
            return current;
        }
    }

    /** A held session lock (no file lock if in-process only); closing releases it and leaves the store's gate. */
    public record Held(ReentrantLock stripe, FileLock fileLock, StoreGate gate) implements AutoCloseable {
        @Override
        public void close() {
            try {
                if (fileLock != null) {
                    fileLock.release();
                }
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
