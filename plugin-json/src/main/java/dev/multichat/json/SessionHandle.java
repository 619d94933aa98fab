package dev.multichat.json;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * What one store instance knows of one session's files: the metadata as last read, the
 * verified prefix of the log with its index, and whether a failed write or force has poisoned
 * the session. Every field is read and written under the session lock, except {@link #group}.
 */
final class SessionHandle {
    final SessionId id;
    final Path dir;
    final Path metaFile;
    final Path logFile;
    final long lockPosition;
    final GroupForce group = new GroupForce();
    /** Set once the handle left the cache: an operation that finds it set takes a fresh handle. */
    volatile boolean retired;
    FileStamp metaStamp;
    SessionMeta meta;
    Object logKey;
    LogScanner.Scanned scanned;
    LogIndex index;
    private IOException poison;
    private FileChannel channel;
    private boolean writable;
    private Object indexedMeta;
    private Object indexedLog;

    /** @param poison the failure that poisoned the session under an earlier handle, or null */
    SessionHandle(SessionId id, Path dir, IOException poison) {
        this.id = id;
        this.dir = dir;
        this.poison = poison;
        this.lockPosition = SessionPaths.lockPosition(id);
        this.metaFile = dir.resolve(SessionPaths.META);
        this.logFile = dir.resolve(SessionPaths.LOG);
        forgetLog();
    }

    /**
     * The log file open for reading and writing, one channel for the handle's life: opened on
     * first use, reopened after the log was replaced (the refresh closes it) or an interrupt
     * closed it. Holding it open also keeps the file's inode from being reused by a later
     * replacement, so the file key tells a replaced log reliably. Use under the session lock.
     *
     * @param write whether it will be written (an append: opened for writing, created if missing);
     *     reads open it read-only, so a read-only session stays readable
     */
    FileChannel log(boolean write) throws IOException {
        if (channel == null || !channel.isOpen() || write && !writable) {
            closeLog();
            channel = write ? FileChannel.open(logFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE) : FileChannel.open(logFile, StandardOpenOption.READ);
            writable = write;
        }
        return channel;
    }

    /** Drops what is known of the log (closing its channel), so the next refresh reads it anew. */
    void forgetLog() {
        closeLog();
        logKey = null;
        scanned = new LogScanner.Scanned(0, 0, null, 0);
        group.reset();
        index = new LogIndex();
    }

    /** Forgets everything: the session is absent until the files say otherwise. */
    void forgetAll() {
        metaStamp = null;
        meta = null;
        forgetLog();
    }

    /** @return the session as the files say, or null if it does not exist (expired or not) */
    ChatSession current() {
        return meta == null ? null
                : new ChatSession(id, meta.info(), meta.reconcile(scanned.lastCommit()));
    }

    /** @return the live session at {@code now}, or throws SessionNotFoundException */
    ChatSession requireLive(Instant now) {
        ChatSession s = current();
        if (s == null || s.state().expiredAt(now)) {
            throw new SessionNotFoundException(id);
        }
        return s;
    }

    /** Closes the log channel, if open; a failure to close loses nothing and is ignored. */
    void closeLog() {
        FileChannel open = channel;
        channel = null;
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                // nothing was written through close; the descriptor is released either way
            }
        }
    }

    /**
     * Marks the state the listing index now holds for this session.
     *
     * @return whether it changed since the last mark (the index needs the new state)
     */
    boolean markIndexed() {
        boolean changed = indexedMeta != meta || indexedLog != scanned;
        indexedMeta = meta;
        indexedLog = scanned;
        return changed;
    }

    /**
     * Takes the handle out of use (caller holds the session's in-process lock): waits for its
     * pending group force if {@code ops} is given, and closes the log channel.
     *
     * @return the failure that poisoned the session (this force's included), or null
     */
    IOException retire(FileOps ops) {
        retired = true;
        if (ops != null) {
            try {
                group.awaitAll(logFile, ops);
            } catch (IOException e) {
                poison(e);
            }
        }
        closeLog();
        return poisoned();
    }

    void poison(IOException cause) {
        if (poison == null) {
            poison = cause;
        }
    }

    /** @return the write or force failure that poisoned the session, or null */
    IOException poisoned() {
        return poison != null ? poison : group.failure();
    }
}
