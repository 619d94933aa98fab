package dev.multichat.internal.feed;

import dev.multichat.api.MessageLog;
import dev.multichat.api.SessionId;

/**
 * A followed session, the (guarded) log the feed reads it from, and the batches its watch
 * published for its followers.
 *
 * @param id the session
 * @param log where its messages are read
 * @param ring the batches the session's watch published
 */
record FeedTarget(SessionId id, MessageLog log, BatchRing ring) {
}
