package dev.multichat.bench;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/** The in-memory reference store on one thread: what the API costs without any I/O. */
@Threads(1)
public class MemoryBench extends QuickProfile {
    /**
     * @param s this thread's session
     * @return the acknowledgement
     */
    @Benchmark
    public Appended append1(MemorySession s) {
        return s.store.append(s.id, Payload.ONE);
    }

    /**
     * @param s this thread's session
     * @return the newest 20 messages
     */
    @Benchmark
    public List<ChatMessage> tail20(MemorySession s) {
        return s.store.tail(s.id, 20);
    }
}
