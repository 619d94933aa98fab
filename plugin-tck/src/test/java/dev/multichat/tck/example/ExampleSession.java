package dev.multichat.tck.example;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import java.util.ArrayList;
import java.util.List;

/** One stored session of the example: its state and its messages. Guarded by {@link ExampleStorage}. */
final class ExampleSession {
    private final List<ChatMessage> messages = new ArrayList<>();
    private ChatSession session;

    ExampleSession(ChatSession session) {
        this.session = session;
    }

    ChatSession session() {
        return session;
    }

    void session(ChatSession next) {
        session = next;
    }

    /** @return the stored messages in seq order, mutable (under the storage's monitor) */
    List<ChatMessage> messages() {
        return messages;
    }
}
