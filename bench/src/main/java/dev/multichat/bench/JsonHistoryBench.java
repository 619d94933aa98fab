package dev.multichat.bench;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/** Our JSON store on one thread: append one message and read the newest 20 at each history. */
@Threads(1)
public class JsonHistoryBench extends QuickProfile {
    /**
     * @param s this thread's session
     * @return the acknowledgement
     */
    @Benchmark
    public Appended append1(JsonSession s) {
        return s.store.append(s.id, Payload.ONE);
    }

    /**
     * @param s this thread's session
     * @return the newest 20 messages
     */
    @Benchmark
    public List<ChatMessage> tail20(JsonSession s) {
        return s.store.tail(s.id, 20);
    }
}
