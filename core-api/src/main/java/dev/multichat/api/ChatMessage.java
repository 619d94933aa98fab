package dev.multichat.api;

import dev.multichat.internal.Require;
import java.time.Instant;

/**
 * A stored message. Within a session, seqs start at 1 and are gapless and strictly
 * increasing in append order (trimming removes a prefix; it never renumbers).
 *
 * @param seq the sequence number the store assigned
 * @param at when the store accepted it (millisecond precision)
 * @param draft what the caller appended, unchanged
 */
public record ChatMessage(long seq, Instant at, MessageDraft draft) {
    /**
     * @throws InvalidInputException if seq is below 1 or a field is null
     */
    public ChatMessage {
        if (seq < 1) {
            throw Require.invalid("message seq must be at least 1, got %d", seq);
        }
        Require.nonNull(at, "at");
        Require.nonNull(draft, "draft");
    }

    /** @return the draft's content */
    public String content() {
        return draft.content();
    }

    /** @return the draft's role */
    public Role role() {
        return draft.role();
    }
}
