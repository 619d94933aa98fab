package dev.multichat.bench;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageRange;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The core guard's cost per call (issue 18): the in-memory store with and without the guard
 * ({@link GuardedMemory#wiring}), so the ratio prices argument checks, the in-flight counter of
 * the close-under-load gate and the metrics hook, with no I/O to hide them. The subclasses set
 * the thread count: with 8 threads, the gate's shared counter is what could serialise.
 */
public abstract class GuardBench extends QuickProfile {
    /** A read range built once, as an application would. */
    private static final MessageRange TAIL_20 = MessageRange.tail(20);

    /**
     * @param s this thread's session
     * @return the acknowledgement
     */
    @Benchmark
    public Appended append1(GuardedMemorySession s) {
        return s.log.append(s.id, Payload.ONE, Expect.any());
    }

    /**
     * @param s this thread's session
     * @return the newest 20 messages
     */
    @Benchmark
    public List<ChatMessage> tail20(GuardedMemorySession s) {
        return s.log.read(s.id, TAIL_20);
    }
}
