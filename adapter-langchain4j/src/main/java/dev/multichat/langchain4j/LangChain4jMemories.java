package dev.multichat.langchain4j;

import dev.langchain4j.data.message.ChatMessage;
import dev.multichat.adapter.internal.AppendOnlyMemory;
import dev.multichat.adapter.internal.ConversationLog;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionStore;

/** Builds the shared engine of both LangChain4j classes and maps memory ids. Stateless. */
final class LangChain4jMemories {

    /** The owner used when none is given. */
    static final String DEFAULT_OWNER = "langchain4j";
    /** The window used when none is given. */
    static final int DEFAULT_WINDOW = 100;

    private LangChain4jMemories() {
    }

    static AppendOnlyMemory<ChatMessage> engine(SessionStore store, String owner, int window) {
        if (store == null) {
            throw new InvalidInputException("store is null; open one with SessionStores.open(uri)");
        }
        return new AppendOnlyMemory<>(new ConversationLog(store, owner), new LangChain4jCodec(), window);
    }

    /** LangChain4j memory ids are any object; their {@code toString} is the conversation id. */
    static String conversationOf(Object memoryId) {
        if (memoryId == null) {
            throw new InvalidInputException("memory id is null; give each chat memory an id");
        }
        return memoryId.toString();
    }
}
