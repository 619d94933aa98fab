package dev.multichat.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/**
 * Adding one message through each adapter (see {@link AdapterMemories}); the peers doing the same
 * are {@link PeerBench#addOne} (Spring AI) and {@link LangChain4jPeerBench#addOne} (LangChain4j).
 */
@Threads(1)
public class AdapterAddBench extends QuickProfile {
    /** @param m the memories */
    @Benchmark
    public void springAiChatMemory(AdapterMemories m) {
        m.springDirect.add(m.conversation, new org.springframework.ai.chat.messages.UserMessage(Payload.TEXT));
    }

    /** @param m the memories */
    @Benchmark
    public void springAiWindowOverRepository(AdapterMemories m) {
        m.springWindow.add(m.conversation, new org.springframework.ai.chat.messages.UserMessage(Payload.TEXT));
    }

    /** @param m the memories */
    @Benchmark
    public void langchain4jChatMemory(AdapterMemories m) {
        m.langchainDirect.add(dev.langchain4j.data.message.UserMessage.from(Payload.TEXT));
    }

    /** @param m the memories */
    @Benchmark
    public void langchain4jWindowOverStore(AdapterMemories m) {
        m.langchainWindow.add(dev.langchain4j.data.message.UserMessage.from(Payload.TEXT));
    }
}
