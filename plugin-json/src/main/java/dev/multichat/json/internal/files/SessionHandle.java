package dev.multichat.json.internal.files;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.json.internal.fs.FileOps;
import dev.multichat.json.internal.fs.GroupForce;
import dev.multichat.json.internal.fs.LogChannel;
import dev.multichat.json.internal.log.LogIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What one store instance knows of one session's files: the metadata as last read, the
 * verified prefix of the log with its index, and whether a failed write or force has poisoned
 * the session. Every field is read and written under the session lock, except {@link #group}.
 */
public final class SessionHandle {
    public final SessionId id;
    public final Path dir;
    public final Path metaFile;
    public final Path logFile;
    public final long lockPosition;
    public final GroupForce group = new GroupForce();
    /** The log file, open while the handle lives (see {@link LogChannel}). */
    public final LogChannel channel;
    /** Set once the handle left the cache: an operation that finds it set takes a fresh handle. */
    public volatile boolean retired;
    /** What the files held when last seen (replaced whole, by its transitions). */
    public SessionFiles files = SessionFiles.ABSENT;
    /** Where each message of the verified prefix starts; grows with it, renewed with the log. */
    public LogIndex index;
    private IOException poison;
    private SessionFiles indexed;

    /** @param poison the failure that poisoned the session under an earlier handle, or null */
    public SessionHandle(SessionId id, Path dir, IOException poison) {
        this.id = id;
        this.dir = dir;
        this.poison = poison;
        this.lockPosition = SessionPaths.lockPosition(id);
        this.metaFile = dir.resolve(SessionPaths.META);
        this.logFile = dir.resolve(SessionPaths.LOG);
        this.channel = new LogChannel(logFile);
        forgetLog();
    }

    /** Drops what is known of the log (closing its channel), so the next refresh reads it anew. */
    public void forgetLog() {
        channel.close();
        files = files.withoutLog();
        group.reset();
        index = new LogIndex();
    }

    /** Forgets everything: the session is absent until the files say otherwise. */
    public void forgetAll() {
        forgetLog();
        files = SessionFiles.ABSENT;
    }

    /** @return the session as the files say, or null if it does not exist (expired or not) */
    public ChatSession current() {
        return files.session(id);
    }

    /** @return the live session at {@code now}, or throws SessionNotFoundException */
    public ChatSession requireLive(Instant now) {
        ChatSession s = current();
        if (s == null || s.state().expiredAt(now)) {
            throw new SessionNotFoundException(id);
        }
        return s;
    }

    /**
     * Marks the state the listing index now holds for this session.
     *
     * @return whether it changed since the last mark (the index needs the new state)
     */
    public boolean markIndexed() {
        boolean changed = indexed != files;
        indexed = files;
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
        channel.close();
        return poisoned();
    }

    public void poison(IOException cause) {
        if (poison == null) {
            poison = cause;
        }
    }

    /** @return the write or force failure that poisoned the session, or null */
    public IOException poisoned() {
        return poison != null ? poison : group.failure();
    }
}
