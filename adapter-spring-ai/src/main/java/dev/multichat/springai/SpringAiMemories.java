package dev.multichat.springai;

import dev.multichat.adapter.internal.AppendOnlyMemory;
import dev.multichat.adapter.internal.ConversationLog;
import dev.multichat.api.SessionStore;
import org.springframework.ai.chat.messages.Message;

/** Builds the shared engine of both Spring AI classes. Stateless. */
final class SpringAiMemories {

    private SpringAiMemories() {
    }

    static AppendOnlyMemory<Message> engine(SessionStore store, String owner, int window) {
        if (store == null) {
            throw new dev.multichat.api.InvalidInputException("store is null; open one with SessionStores.open(uri)");
        }
        return new AppendOnlyMemory<>(new ConversationLog(store, owner), new SpringAiCodec(), window);
    }
}
