package dev.multichat.langchain4j;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import dev.multichat.adapter.internal.AppendOnlyMemory;
import dev.multichat.api.SessionStore;
import java.util.List;

/**
 * LangChain4j's {@link ChatMemoryStore} on a Multichat {@link SessionStore}, for
 * {@code MessageWindowChatMemory} and anything else that hands it whole message lists.
 *
 * <p>{@link #updateMessages} appends only the messages it has not stored — matched by object
 * identity, never by position or {@code equals} — and never deletes what the list dropped: the
 * store keeps the whole history, the framework sees a window. {@link #getMessages} returns the
 * newest {@code window} messages (start of a user turn; the conversation's first system message
 * in front), so keep {@code window} at least the memory's {@code maxMessages}. A memory id maps to
 * a conversation by its {@code toString()}; each conversation is a session of the configured
 * owner (ids that are not valid session ids are mapped reversibly, module README). Thread-safe:
 * concurrent updates of one memory lose nothing.
 */
public final class MultichatChatMemoryStore implements ChatMemoryStore {

    private final AppendOnlyMemory<ChatMessage> memory;

    /** A store with the owner {@code langchain4j} and a window of 100 messages. */
    public MultichatChatMemoryStore(SessionStore store) {
        this(store, LangChain4jMemories.DEFAULT_OWNER, LangChain4jMemories.DEFAULT_WINDOW);
    }

    /**
     * @param store the store (not closed by this class)
     * @param owner the session owner of every conversation
     * @param window how many of the newest messages {@link #getMessages} returns (1 to 10,000)
     * @throws dev.multichat.api.InvalidInputException if an argument is out of range
     */
    public MultichatChatMemoryStore(SessionStore store, String owner, int window) {
        this.memory = LangChain4jMemories.engine(store, owner, window);
    }

    /** @return the memory's newest messages, oldest first (empty if unknown) */
    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        return memory.recent(LangChain4jMemories.conversationOf(memoryId));
    }

    /**
     * Appends the messages of {@code messages} not stored yet, in list order, atomically; deletes
     * nothing.
     *
     * @throws dev.multichat.api.InvalidInputException if a message cannot be stored (nothing written)
     */
    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        memory.saveNew(LangChain4jMemories.conversationOf(memoryId), messages);
    }

    /** Deletes the memory's whole history. */
    @Override
    public void deleteMessages(Object memoryId) {
        memory.clear(LangChain4jMemories.conversationOf(memoryId));
    }
}
