package dev.multichat.json;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts a log's torn tail: the bytes after the last valid commit line and past the recovery
 * point, left by writes that were never acknowledged as durable (a crash mid-append, or a write
 * a power cut tore). The cut bytes are appended to {@code messages.jsonl.broken} beside the log
 * (forced) before the log is truncated (forced).
 */
final class LogRepair {
    private static final Logger LOG = LoggerFactory.getLogger(LogRepair.class);

    private LogRepair() {
    }

    /** Moves {@code [goodEnd, size)} of the log to the .broken file and truncates the log. */
    static void cut(Path log, long goodEnd, long size, FileOps ops) throws IOException {
        Path broken = log.resolveSibling(log.getFileName() + ".broken");
        try (FileChannel from = FileChannel.open(log, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileChannel to = FileChannel.open(broken, StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            long done = 0;
            while (done < size - goodEnd) {
                done += from.transferTo(goodEnd + done, size - goodEnd - done, to);
            }
            ops.force(broken, to);
            from.truncate(goodEnd);
            ops.force(log, from);
        }
        ops.forceDir(log.getParent());
        LOG.warn("cut the torn tail of {}: {} bytes after offset {} (writes not known durable, cut off"
                + " by a crash or torn by a power cut) moved to {}", log, size - goodEnd, goodEnd, broken);
    }
}
