package dev.multichat.langchain4j;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.multichat.adapter.internal.AppendOnlyMemory;
import dev.multichat.api.SessionStore;
import java.util.ArrayList;
import java.util.List;

/**
 * LangChain4j's {@link ChatMemory} on a Multichat {@link SessionStore}: {@link #add} appends the
 * message directly (no read, no rewrite; cost flat in history), except a system message equal to
 * the one the window already holds (AI services add it on every call), which is skipped.
 * {@link #messages} returns the newest {@code window} messages (start of a user turn; the first
 * system message in front). Adding a message object this memory already returned or stored is a
 * no-op; {@link #set} appends what is new and deletes nothing. Thread-safe: concurrent adds lose
 * nothing.
 *
 * <p>For AI services: {@code chatMemoryProvider(id -> new MultichatChatMemory(store, id))}.
 */
public final class MultichatChatMemory implements ChatMemory {

    private final AppendOnlyMemory<ChatMessage> memory;
    private final Object id;
    private final String conversationId;

    /** A memory with the owner {@code langchain4j} and a window of 100 messages. */
    public MultichatChatMemory(SessionStore store, Object id) {
        this(store, id, LangChain4jMemories.DEFAULT_OWNER, LangChain4jMemories.DEFAULT_WINDOW);
    }

    /**
     * @param store the store (not closed by the memory)
     * @param id the memory id; its {@code toString()} is the conversation id
     * @param owner the session owner of the conversation
     * @param window how many of the newest messages {@link #messages} returns (1 to 10,000)
     * @throws dev.multichat.api.InvalidInputException if an argument is null or out of range
     */
    public MultichatChatMemory(SessionStore store, Object id, String owner, int window) {
        this.memory = LangChain4jMemories.engine(store, owner, window);
        this.id = id;
        this.conversationId = LangChain4jMemories.conversationOf(id);
    }

    @Override
    public Object id() {
        return id;
    }

    /**
     * Appends {@code message} (a system message equal to the window's is skipped).
     *
     * @throws dev.multichat.api.InvalidInputException if it cannot be stored (nothing written)
     */
    @Override
    public void add(ChatMessage message) {
        if (message instanceof SystemMessage && memory.recent(conversationId).contains(message)) {
            return;
        }
        memory.saveNew(conversationId, List.of(message));
    }

    /** Appends the new messages of {@code messages} as one atomic batch (system messages included). */
    @Override
    public void add(Iterable<ChatMessage> messages) {
        List<ChatMessage> list = new ArrayList<>();
        messages.forEach(list::add);
        memory.saveNew(conversationId, list);
    }

    /** Appends what is new in {@code messages}; deletes nothing (append-only history). */
    @Override
    public void set(Iterable<ChatMessage> messages) {
        add(messages);
    }

    /** @return the newest messages, oldest first (a new mutable list) */
    @Override
    public List<ChatMessage> messages() {
        return new ArrayList<>(memory.recent(conversationId));
    }

    /** Deletes the whole history. */
    @Override
    public void clear() {
        memory.clear(conversationId);
    }
}
