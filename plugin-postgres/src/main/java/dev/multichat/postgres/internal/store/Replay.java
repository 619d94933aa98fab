package dev.multichat.postgres.internal.store;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import java.util.List;

/** The idempotent-replay decision, until the spi's shared rule lands. */
final class Replay {
    private Replay() {
    }

    static Appended decide(ChatSession session, List<MessageDraft> drafts, List<ChatMessage> stored) {
        if (stored.size() == drafts.size()) {
            return new Appended(session, stored, true);
        }
        List<String> ids = stored.stream().map(m -> m.draft().id()).toList();
        throw new InvalidInputException("session '" + session.id() + "': message ids " + ids
                + " are already stored but the batch also holds drafts that are not; nothing was"
                + " written: retry the exact batch that was stored, or send the new drafts alone");
    }
}
