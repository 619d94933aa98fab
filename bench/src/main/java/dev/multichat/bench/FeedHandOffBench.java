package dev.multichat.bench;

import dev.multichat.api.Appended;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/**
 * The floor of the change feed's cost on the memory store (issue 14), beside {@link FeedBench}:
 * one thread appends one message at a time to a memory store and hands each result to another
 * thread through a lock-free queue ({@link FeedHandOff}: no consumer, a spinning consumer, or
 * a parked consumer unparked per append). The ratio {@code spin} : {@code none} is what any
 * hand-off to another thread costs a ~1 us append (the shared cache lines alone), and
 * {@code unpark} : {@code none} what a wake-up per append costs.
 */
@Threads(1)
public class FeedHandOffBench extends QuickProfile {
    /**
     * @param s the trial's store and consumer
     * @return the acknowledgement
     */
    @Benchmark
    public Appended appendHandOff(FeedHandOff s) {
        return s.appendAndHandOff();
    }
}
