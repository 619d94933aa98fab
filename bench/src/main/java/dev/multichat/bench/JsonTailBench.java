package dev.multichat.bench;

import dev.multichat.api.ChatMessage;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * tail(20) on our JSON store, each thread on its own session; the subclasses set the thread
 * count (issue 18: 8 threads on 8 sessions must reach 1.6x one thread's rate, which store-wide
 * serialisation of reads would prevent).
 */
public abstract class JsonTailBench extends QuickProfile {
    /**
     * @param s this thread's session
     * @return the newest 20 messages
     */
    @Benchmark
    public List<ChatMessage> tail20(JsonSession s) {
        return s.store.tail(s.id, 20);
    }
}
