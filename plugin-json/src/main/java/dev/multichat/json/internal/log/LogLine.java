package dev.multichat.json.internal.log;

import dev.multichat.api.ChatMessage;

/**
 * One decoded log line: exactly one of the two is set.
 *
 * @param message a stored message
 * @param commit a batch's commit
 */
public record LogLine(ChatMessage message, Commit commit) {
}
