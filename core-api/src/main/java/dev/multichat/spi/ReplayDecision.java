package dev.multichat.spi;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionId;
import java.util.List;

/**
 * The idempotent-replay decision for an append, the same on every backend: if every draft of
 * the batch carries a message id already stored in the session, the batch is a retry and is
 * replayed (nothing written, the stored messages returned); if none is stored, it is written;
 * if some but not all are, it is refused with one error message.
 *
 * <p>The decision needs only what the backend found: the batch's size and the ids of its
 * drafts that are already stored. A backend that looks the ids up inside its database (a Redis
 * Lua script, one SQL statement) returns those ids and calls {@link #decide} on them, so the
 * rule and its message stay here. Decide before the expected-version check
 * ({@link SessionRules#checkVersion}).
 */
public enum ReplayDecision {
    /** No draft's id is stored: write the batch. */
    WRITE,
    /** Every draft's id is stored: write nothing, return the stored messages. */
    REPLAY;

    /**
     * @param session the session appended to, for the message
     * @param batchSize how many drafts the batch holds
     * @param storedIds the batch's message ids that the session already stores, in batch order
     * @return {@link #WRITE} or {@link #REPLAY}
     * @throws InvalidInputException if some but not all drafts are stored; nothing may be written
     */
    public static ReplayDecision decide(SessionId session, int batchSize, List<String> storedIds) {
        if (storedIds.isEmpty()) {
            return WRITE;
        }
        if (storedIds.size() == batchSize) {
            return REPLAY;
        }
        throw mixedBatch(session, storedIds);
    }

    /**
     * @param session the session appended to
     * @param storedIds the batch's ids that are already stored
     * @return the one error for a batch mixing stored and new drafts
     */
    public static InvalidInputException mixedBatch(SessionId session, List<String> storedIds) {
        return new InvalidInputException("the batch for session '" + session.value() + "' mixes message ids"
                + " already stored " + storedIds + " with new drafts; nothing was written. A retry must"
                + " resend exactly the stored batch: append the new drafts in a separate call");
    }
}
