package dev.multichat.api;

import dev.multichat.internal.Require;
import java.util.List;

/**
 * The outcome of an append.
 *
 * @param session the session after the append (or as it stands, for a replay)
 * @param messages the stored messages, in seq order, one per draft
 * @param replayed true when every draft's id was already stored: nothing was written and
 *     {@code messages} are the messages stored by the earlier attempt
 */
public record Appended(ChatSession session, List<ChatMessage> messages, boolean replayed) {
    /**
     * @throws InvalidInputException if a field is null
     */
    public Appended {
        Require.nonNull(session, "session");
        messages = List.copyOf(Require.nonNull(messages, "messages"));
    }
}
