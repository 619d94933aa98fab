package dev.multichat.api;

import java.util.List;

/**
 * Message operations of a {@link SessionStore}. All methods are thread-safe and safe across
 * processes sharing one backend. Their cost does not grow with a session's history.
 */
public interface MessageLog {
    /**
     * Appends a batch atomically: all drafts are stored with consecutive seqs after the
     * session's {@code lastSeq}, or none is. Concurrent appends to one session never lose,
     * duplicate or reorder a message, and seqs stay gapless.
     *
     * <p><b>Idempotent retries:</b> if every draft carries an id and all those ids are already
     * stored in the session, nothing is written and the stored messages are returned with
     * {@link Appended#replayed()} true (this check comes before the version check, so a retry
     * of a versioned append succeeds). Ids are remembered for as long as their messages are
     * stored (at least the newest 1,000 messages of every session); trimmed messages' ids are
     * forgotten.
     *
     * @param id the session
     * @param drafts 1 to {@link StoreLimits#maxBatch()} drafts, ids unique within the batch
     * @param expect a version precondition
     * @return the stored messages and the session after the append; a write bumps the version
     *     by one and slides a sliding TTL
     * @throws SessionNotFoundException if the session does not exist or has expired
     * @throws VersionConflictException if {@code expect} does not match; nothing is written
     * @throws InvalidInputException if the batch is empty, too large, holds an oversized draft,
     *     repeats an id, or mixes ids already stored with new drafts; nothing is written
     * @throws StoreUnavailableException if the backend failed or timed out: the append may or
     *     may not be stored, so retry with the same message ids
     */
    Appended append(SessionId id, List<MessageDraft> drafts, Expect expect);

    /**
     * @param id the session
     * @param range tail(n), after(seq, limit) or all
     * @return the selected messages in ascending seq order (possibly empty)
     * @throws SessionNotFoundException if the session does not exist or has expired
     */
    List<ChatMessage> read(SessionId id, MessageRange range);

    /**
     * Removes the messages with seq up to {@code throughSeq} (for example after summarising
     * them). Seqs are never reused: {@code lastSeq} stays. Bumps the version if anything was
     * removed.
     *
     * @param id the session
     * @param throughSeq the highest seq to remove; values above {@code lastSeq} are clamped
     * @return how many messages were removed
     * @throws SessionNotFoundException if the session does not exist or has expired
     */
    long trim(SessionId id, long throughSeq);
}
