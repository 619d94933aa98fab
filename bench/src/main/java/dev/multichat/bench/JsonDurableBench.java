package dev.multichat.bench;

import dev.multichat.api.Appended;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Our JSON store appending one message at a durable fsync mode; subclasses set the thread
 * count (each thread on its own session).
 */
public abstract class JsonDurableBench extends QuickProfile {
    /**
     * @param s this thread's session
     * @return the acknowledgement, given only after the force
     */
    @Benchmark
    public Appended append1(JsonDurableSession s) {
        return s.store.append(s.id, Payload.ONE);
    }
}
