package dev.multichat.bench;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Our SQLite store: append one message, append a batch of ten, read the newest 20, each
 * acknowledged only once durable at the {@code sync} setting. Subclasses set the thread count.
 */
public abstract class SqliteBench extends QuickProfile {
    /**
     * @param s this thread's session
     * @return the acknowledgement
     */
    @Benchmark
    public Appended append1(SqliteSession s) {
        return s.store.append(s.id, Payload.ONE);
    }

    /**
     * @param s this thread's session
     * @return the acknowledgement
     */
    @Benchmark
    public Appended append10(SqliteSession s) {
        return s.store.append(s.id, Payload.TEN);
    }

    /**
     * @param s this thread's session
     * @return the newest 20 messages
     */
    @Benchmark
    public List<ChatMessage> tail20(SqliteSession s) {
        return s.store.tail(s.id, 20);
    }
}
