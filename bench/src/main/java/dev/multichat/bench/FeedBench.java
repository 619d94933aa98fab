package dev.multichat.bench;

import dev.multichat.api.Appended;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;

/**
 * The change feed (issue 14) on one thread: append throughput with 1 and 1,000 subscribers on
 * the session against none, as ratios of iterations paired in the same store
 * ({@link FeedPairSetup}: the target is 1,000 : 0 at least 0.8), and the latency to the probe
 * subscriber's receipt: JMH samples the whole call (from the start of the append), and
 * {@link FeedLatency} prints p50 and p99 from the append's acknowledgement, per iteration.
 */
@Threads(1)
public class FeedBench extends QuickProfile {
    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);

    /**
     * Appends one message to this iteration's session of the pair (the followed one or the one
     * without subscribers); the JMH score blends both, the pair lines printed are the result.
     *
     * @param s the trial's store with its two sessions
     * @return the acknowledgement
     */
    @Benchmark
    public Appended append(FeedPairSetup s) {
        return s.append();
    }

    /**
     * Appends one message and waits until the probe subscriber received it (with no subscriber:
     * the append alone, the baseline).
     *
     * @param s the trial's followed store
     * @return the seq received
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long appendToReceipt(FeedSetup s) {
        long seq = s.store.append(s.id, Payload.ONE).messages().get(0).seq();
        long acked = System.nanoTime();
        if (s.subscribers == 0) {
            return seq;
        }
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (s.probe.seq() < seq) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("message " + seq + " did not reach the subscriber within 10 s");
            }
            Thread.onSpinWait();
        }
        s.latency.add(s.probe.at() - acked);
        return seq;
    }
}
