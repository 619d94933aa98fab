package dev.multichat.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;
import org.springframework.ai.chat.messages.UserMessage;

/** The PostgreSQL peer on one thread (see {@link PgPeer}). */
@Threads(1)
public class PgPeerBench extends QuickProfile {
    /**
     * Adds one message the way Spring AI's chat memory does (read all, rewrite all).
     *
     * @param peer the chat memory
     */
    @Benchmark
    public void addOne(PgPeer peer) {
        peer.memory.add(PgPeer.CONVERSATION, new UserMessage(Payload.TEXT));
    }
}
