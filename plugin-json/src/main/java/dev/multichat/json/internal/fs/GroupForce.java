package dev.multichat.json.internal.fs;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Group commit for one session log ({@code fsync=batch}): appenders write under the session
 * lock, take a ticket for their write, release the lock and wait here until a force started after
 * their write has finished. The first waiter to find no force running becomes the leader and forces once for
 * everything written so far; the others wait for it. A failed force is sticky: every waiter
 * and every later append fails, because Linux may have dropped the unwritten pages.
 */
public final class GroupForce {
    private long written;
    private long forced;
    private boolean forcing;
    private IOException failure;
    private long writtenEnd;
    private long forcedEnd;
    private long epoch;

    /**
     * Records a finished write (caller holds the session lock).
     *
     * @param end the log offset just after the write
     * @return its ticket to await
     */
    public synchronized long wrote(long end) {
        writtenEnd = Math.max(writtenEnd, end);
        return ++written;
    }

    /** @return the log offset a completed force is known to have covered (0 after a reset) */
    public synchronized long forcedEnd() {
        return forcedEnd;
    }

    /** Forgets the offsets (the log was replaced); a force running now no longer counts for them. */
    public synchronized void reset() {
        epoch++;
        writtenEnd = 0;
        forcedEnd = 0;
    }

    public synchronized IOException failure() {
        return failure;
    }

    /** Waits until a force covers every byte written so far. */
    public void awaitAll(Path file, FileOps ops) throws IOException {
        long target;
        synchronized (this) {
            target = written;
        }
        await(target, file, ops);
    }

    /** Returns once a force has covered write {@code ticket}; forces itself if no one else is. */
    public void await(long ticket, Path file, FileOps ops) throws IOException {
        while (true) {
            long target;
            long end;
            long started;
            synchronized (this) {
                while (forcing && failure == null && forced < ticket) {
                    waitForLeader();
                }
                if (failure != null) {
                    throw new IOException("a force of " + file + " failed: " + failure.getMessage(), failure);
                }
                if (forced >= ticket) {
                    return;
                }
                forcing = true;
                target = written;
                end = writtenEnd;
                started = epoch;
            }
            lead(new Round(target, end, started), file, ops);
        }
    }

    /**
     * What one force covers, as it began.
     *
     * @param ticket the last ticket written
     * @param end the log offset after that write
     * @param epoch the offsets' epoch (a reset starts a new one)
     */
    private record Round(long ticket, long end, long epoch) {
    }

    private void lead(Round round, Path file, FileOps ops) {
        IOException error = null;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ops.force(file, ch);
        } catch (IOException e) {
            error = e;
        }
        synchronized (this) {
            forcing = false;
            if (error != null && failure == null) {
                failure = error;
            } else if (error == null) {
                forced = Math.max(forced, round.ticket());
                forcedEnd = round.epoch() == epoch ? Math.max(forcedEnd, round.end()) : forcedEnd;
            }
            notifyAll();
        }
    }

    private void waitForLeader() throws InterruptedIOException {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException error = new InterruptedIOException("interrupted while waiting for"
                    + " a force; the append may or may not be durable");
            error.initCause(e);
            throw error;
        }
    }
}
