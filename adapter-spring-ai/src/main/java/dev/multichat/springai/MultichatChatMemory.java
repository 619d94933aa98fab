package dev.multichat.springai;

import dev.multichat.adapter.internal.AppendOnlyMemory;
import dev.multichat.api.SessionStore;
import java.util.List;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.messages.Message;

/**
 * Spring AI's {@link ChatMemory} on a Multichat {@link SessionStore}: {@link #add} appends the
 * given messages directly (no read, no rewrite; cost flat in history), {@link #get} returns the
 * newest {@code window} messages (start of a user turn; the conversation's first system message
 * in front). Adding a message object this memory already returned or stored is a no-op, so a
 * retried add never duplicates. Thread-safe: concurrent adds to one conversation lose nothing.
 */
public final class MultichatChatMemory implements ChatMemory {

    private final AppendOnlyMemory<Message> memory;

    /** A memory with the default owner ({@value MultichatChatMemoryRepository#DEFAULT_OWNER}) and window (20). */
    public MultichatChatMemory(SessionStore store) {
        this(store, MultichatChatMemoryRepository.DEFAULT_OWNER, MultichatChatMemoryRepository.DEFAULT_WINDOW);
    }

    /**
     * @param store the store (not closed by the memory)
     * @param owner the session owner of every conversation
     * @param window how many of the newest messages {@link #get} returns (1 to 10,000)
     * @throws dev.multichat.api.InvalidInputException if an argument is out of range
     */
    public MultichatChatMemory(SessionStore store, String owner, int window) {
        this.memory = SpringAiMemories.engine(store, owner, window);
    }

    /**
     * Appends {@code messages} as one atomic batch.
     *
     * @throws dev.multichat.api.InvalidInputException if a message cannot be stored (nothing written)
     */
    @Override
    public void add(String conversationId, List<Message> messages) {
        memory.saveNew(conversationId, messages);
    }

    /** @return the conversation's newest messages, oldest first (empty if unknown) */
    @Override
    public List<Message> get(String conversationId) {
        return memory.recent(conversationId);
    }

    /** Deletes the conversation's whole history. */
    @Override
    public void clear(String conversationId) {
        memory.clear(conversationId);
    }
}
