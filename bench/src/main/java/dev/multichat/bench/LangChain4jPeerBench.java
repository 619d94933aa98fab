package dev.multichat.bench;

import dev.langchain4j.data.message.UserMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/** The LangChain4j peer on one thread (see {@link LangChain4jPeer}). */
@Threads(1)
public class LangChain4jPeerBench extends QuickProfile {
    /**
     * Adds one message the way LangChain4j's documented persistent memory does (read all, rewrite all).
     *
     * @param peer the chat memory
     */
    @Benchmark
    public void addOne(LangChain4jPeer peer) {
        peer.memory.add(UserMessage.from(Turns.text()));
    }
}
