package dev.multichat.bench;

import dev.multichat.api.Appended;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/**
 * Adding one message through each adapter (see {@link AdapterMemories}); the peers doing the same
 * are {@link PeerBench#addOne} (Spring AI) and {@link LangChain4jPeerBench#addOne} (LangChain4j).
 * {@link #storeAppend} is the store's own append of the draft a direct adapter path writes: the
 * difference to it is what the adapter itself costs.
 */
@Threads(1)
public class AdapterAddBench extends QuickProfile {
    /** @param m the memories */
    @Benchmark
    public void springAiChatMemory(AdapterMemories m) {
        m.springDirect.add(m.conversation, new org.springframework.ai.chat.messages.UserMessage(Turns.text()));
    }

    /** @param m the memories */
    @Benchmark
    public void springAiWindowOverRepository(AdapterMemories m) {
        m.springWindow.add(m.conversation, new org.springframework.ai.chat.messages.UserMessage(Turns.text()));
    }

    /** @param m the memories */
    @Benchmark
    public void langchain4jChatMemory(AdapterMemories m) {
        m.langchainDirect.add(dev.langchain4j.data.message.UserMessage.from(Turns.text()));
    }

    /** @param m the memories */
    @Benchmark
    public void langchain4jWindowOverStore(AdapterMemories m) {
        m.langchainWindow.add(dev.langchain4j.data.message.UserMessage.from(Turns.text()));
    }

    /**
     * The store's own append of the same message as the adapters write it (a fresh message id, the
     * role as author, no attributes), without any adapter.
     *
     * @param m the memories (for the store and the conversation)
     * @return the store's answer
     */
    @Benchmark
    public Appended storeAppend(AdapterMemories m) {
        return m.store.append(m.id, List.of(new MessageDraft(UUID.randomUUID().toString(), "user", Role.USER,
                Turns.text(), Map.of())));
    }
}
