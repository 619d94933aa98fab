package dev.multichat.bench;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Our PostgreSQL store: append one message (one round trip: the append statement) and read the
 * newest 20, each acknowledged after the server's commit at the {@code sync} setting.
 * Subclasses set the thread count.
 */
public abstract class PostgresBench extends QuickProfile {
    /**
     * @param s this thread's session
     * @return the acknowledgement
     */
    @Benchmark
    public Appended append1(PostgresSession s) {
        return s.store.append(s.id, Payload.ONE);
    }

    /**
     * @param s this thread's session
     * @return the newest 20 messages
     */
    @Benchmark
    public List<ChatMessage> tail20(PostgresSession s) {
        return s.store.tail(s.id, 20);
    }
}
