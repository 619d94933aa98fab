package dev.multichat.internal.feed;

import dev.multichat.api.MessageLog;
import dev.multichat.api.SessionId;

/**
 * A followed session and the (guarded) log the feed reads it from.
 *
 * @param id the session
 * @param log where its messages are read
 */
record FeedTarget(SessionId id, MessageLog log) {
}
