package dev.multichat.api;

import java.util.List;
import java.util.Objects;

/**
 * A session and some of its messages, read together by {@link SessionStore#view}.
 *
 * @param session the session
 * @param messages the selected messages in ascending seq order (possibly empty)
 */
public record SessionView(ChatSession session, List<ChatMessage> messages) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public SessionView {
        Objects.requireNonNull(session, "session");
        messages = List.copyOf(messages);
    }
}
