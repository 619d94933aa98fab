package dev.multichat.hybrid.internal.mirror;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A cached copy's stamp, as read from its metadata.
 *
 * @param epoch the fast tier's epoch it was written in
 * @param version the durable session's version it reflects
 * @param expiresAt the durable session's expiry at that version (null: none)
 * @param window the messages it holds
 */
record MirrorState(String epoch, long version, @Nullable Instant expiresAt, Window window) {
}
