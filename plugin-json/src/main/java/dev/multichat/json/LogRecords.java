package dev.multichat.json;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.multichat.api.ChatMessage;
import java.time.Instant;
import java.util.Map;

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

/**
 * One decoded log line: exactly one of the two is set.
 *
 * @param message a stored message
 * @param commit a batch's commit
 */
record LogLine(ChatMessage message, Commit commit) {
}

/** Jackson's type for a string map. */
final class StringMap extends TypeReference<Map<String, String>> {
    static final StringMap TYPE = new StringMap();
}
