package dev.multichat.springai;

import dev.multichat.adapter.internal.AppendOnlyMemory;
import dev.multichat.api.SessionStore;
import java.util.List;
import org.springframework.ai.chat.memory.ChatMemoryRepository;
import org.springframework.ai.chat.messages.Message;

/**
 * Spring AI's {@link ChatMemoryRepository} on a Multichat {@link SessionStore}, for
 * {@code MessageWindowChatMemory} and anything else that hands it whole message windows.
 *
 * <p>{@link #saveAll} appends only the messages it has not stored — matched by object identity,
 * never by position or {@code equals} — and never deletes what the window dropped: the store keeps
 * the whole history, the frameworks see a window. {@link #findByConversationId} returns the newest
 * {@code window} messages (start of a user turn; the conversation's first system message in
 * front), so set {@code window} to the chat memory's {@code maxMessages}. Each conversation is a
 * session of the configured owner; ids that are not valid session ids are mapped reversibly
 * (module README). Thread-safe: concurrent saves to one conversation lose nothing.
 */
public final class MultichatChatMemoryRepository implements ChatMemoryRepository {

    /** The owner used when none is given. */
    public static final String DEFAULT_OWNER = "spring-ai";
    /** The window used when none is given: {@code MessageWindowChatMemory}'s default. */
    public static final int DEFAULT_WINDOW = 20;
    private final AppendOnlyMemory<Message> memory;

    /** A repository with the default owner and window. */
    public MultichatChatMemoryRepository(SessionStore store) {
        this(store, DEFAULT_OWNER, DEFAULT_WINDOW);
    }

    /**
     * @param store the store (not closed by the repository)
     * @param owner the session owner of every conversation, and whose conversations are listed
     * @param window how many of the newest messages a find returns (1 to 10,000)
     * @throws dev.multichat.api.InvalidInputException if an argument is out of range
     */
    public MultichatChatMemoryRepository(SessionStore store, String owner, int window) {
        this.memory = SpringAiMemories.engine(store, owner, window);
    }

    /** @return every conversation of the owner, most recently active first (pages through the listing) */
    @Override
    public List<String> findConversationIds() {
        return memory.conversationIds();
    }

    /** @return the conversation's newest messages, oldest first (empty if unknown) */
    @Override
    public List<Message> findByConversationId(String conversationId) {
        return memory.recent(conversationId);
    }

    /**
     * Appends the messages of {@code messages} not stored yet, in list order, atomically; deletes
     * nothing (an empty list changes nothing).
     *
     * @throws dev.multichat.api.InvalidInputException if a message cannot be stored (nothing written)
     */
    @Override
    public void saveAll(String conversationId, List<Message> messages) {
        memory.saveNew(conversationId, messages);
    }

    /** Deletes the conversation's whole history. */
    @Override
    public void deleteByConversationId(String conversationId) {
        memory.clear(conversationId);
    }
}
