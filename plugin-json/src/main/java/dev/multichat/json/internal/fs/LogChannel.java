package dev.multichat.json.internal.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A session's log file, open once for the life of its handle rather than once per operation:
 * opened on first use, reopened after the log was replaced (the refresh closes it), after an
 * interrupt closed it, or for writing when it was open read-only. Holding it open also keeps
 * the file's inode from being reused by a later replacement, so the file key tells a replaced
 * log reliably. Used under the session lock. Not thread-safe.
 */
public final class LogChannel {
    private final Path file;
    private FileChannel channel;
    private boolean writable;

    public LogChannel(Path file) {
        this.file = file;
    }

    /**
     * @param write whether it will be written (an append: opened for writing, created if missing);
     *     reads open it read-only, so a read-only session stays readable
     * @return the open channel
     */
    public FileChannel get(boolean write) throws IOException {
        if (channel == null || !channel.isOpen() || write && !writable) {
            close();
            channel = write ? FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE) : FileChannel.open(file, StandardOpenOption.READ);
            writable = write;
        }
        return channel;
    }

    /** @return whether the channel is open now (on the file it was opened on, whatever the path holds since) */
    public boolean isOpen() {
        return channel != null && channel.isOpen();
    }

    /** Closes the channel, if open; a failure to close loses nothing and is ignored. */
    public void close() {
        FileChannel open = channel;
        channel = null;
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                // nothing is written by close; the descriptor is released either way
            }
        }
    }
}
