package dev.multichat.json;

import java.time.Instant;

/**
 * The state one append batch (or a trim) produced, written as the batch's last log line.
 *
 * @param version the session version after the batch
 * @param lastSeq the session's last seq after the batch
 * @param updatedAt when the batch was written
 * @param expiresAt the expiry after the batch, null for none
 */
record Commit(long version, long lastSeq, Instant updatedAt, Instant expiresAt) {
}
