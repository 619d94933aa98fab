package dev.multichat.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.UserMessage;

/** The peer on one thread (see {@link Peer}). */
@Threads(1)
public class PeerBench extends QuickProfile {
    /**
     * Adds one message the way Spring AI's chat memory does (read all, rewrite all).
     *
     * @param peer the chat memory
     */
    @Benchmark
    public void addOne(Peer peer) {
        peer.memory.add(Peer.CONVERSATION, new UserMessage(Turns.text()));
    }

    /**
     * Reads the conversation back, as the chat memory advisor does before each model call.
     *
     * @param peer the chat memory
     * @return the conversation
     */
    @Benchmark
    public List<Message> read(Peer peer) {
        return peer.memory.get(Peer.CONVERSATION);
    }
}
