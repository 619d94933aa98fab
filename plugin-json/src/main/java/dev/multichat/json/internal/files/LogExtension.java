package dev.multichat.json.internal.files;

import dev.multichat.json.internal.log.LogIndex;
import dev.multichat.json.internal.log.LogScanner;
import java.io.IOException;

/**
 * One way the verified prefix of a session's log grows, handed to {@link KnownFiles#extendLog}:
 * a scan of bytes written since (by this or another process), or an append this process wrote.
 */
@FunctionalInterface
public interface LogExtension {
    /**
     * @param from the verified prefix so far
     * @param into its index, to which the newly verified messages are added
     * @return the verified prefix after the extension
     * @throws IOException if reading the log fails
     */
    LogScanner.Scanned extend(LogScanner.Scanned from, LogIndex into) throws IOException;
}
