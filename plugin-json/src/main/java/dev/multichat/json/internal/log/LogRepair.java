package dev.multichat.json.internal.log;

import dev.multichat.json.internal.fs.FileOps;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts a log's torn tail: the bytes after the last valid commit line and past the recovery
 * point, left by writes that were never acknowledged as durable (a crash mid-append, or a write
 * a power cut tore). The cut bytes are appended to {@code messages.jsonl.broken} beside the log
 * (forced) before the log is truncated (forced). Each cut is logged at WARN and counted, and
 * the counts are in the store's {@code health()} details, so a recovery is never silent even
 * without a logging backend. One per store instance; thread-safe.
 */
public final class LogRepair {
    /** Health detail: torn tails this store instance cut since it opened. */
    static final String CUTS = "tornTailsCut";
    /** Health detail: bytes those cuts moved into {@code .broken} files. */
    static final String BYTES = "tornBytesCut";
    /** Health detail: the {@code .broken} file of the latest cut. */
    static final String LAST = "lastTornTail";
    private static final Logger LOG = LoggerFactory.getLogger(LogRepair.class);
    private final FileOps ops;
    private final AtomicLong cuts = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicReference<Path> last = new AtomicReference<>();

    public LogRepair(FileOps ops) {
        this.ops = ops;
    }

    /** Moves {@code [goodEnd, size)} of the log to the .broken file and truncates the log. */
    public void cut(Path log, long goodEnd, long size) throws IOException {
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
        last.set(broken);
        bytes.addAndGet(size - goodEnd);
        cuts.incrementAndGet();
        LOG.warn("cut the torn tail of {}: {} bytes after offset {} (writes not known durable, cut off"
                + " by a crash or torn by a power cut) moved to {}", log, size - goodEnd, goodEnd, broken);
    }

    /** @return how many torn tails were cut since open (for the health sentence) */
    public long cuts() {
        return cuts.get();
    }

    /** @return the health details of the cuts since open: count, bytes and the latest .broken file */
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(CUTS, Long.toString(cuts.get()));
        details.put(BYTES, Long.toString(bytes.get()));
        Path latest = last.get();
        if (latest != null) {
            details.put(LAST, latest.toString());
        }
        return details;
    }
}
