package dev.multichat.json.internal.log;

import java.time.Instant;

/**
 * The state one append batch (or a trim) produced, written as the batch's last log line.
 *
 * @param version the session version after the batch
 * @param lastSeq the session's last seq after the batch
 * @param updatedAt when the batch was written
 * @param expiresAt the expiry after the batch, null for none
 * @param synced the log offset the writer knew forced to the device when it wrote this line
 *     (its recovery point: see {@link LogScanner}); -1 if the line does not say (written before
 *     the field existed), which claims every byte before the line
 */
public record Commit(long version, long lastSeq, Instant updatedAt, Instant expiresAt, long synced) {
    /** @return the offset this line proves forced, given where the line starts */
    long claim(long lineStart) {
        return synced < 0 ? lineStart : Math.min(synced, lineStart);
    }
}
