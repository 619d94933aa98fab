package dev.multichat.bench;

import dev.multichat.api.Appended;
import dev.multichat.api.Expect;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/**
 * Issue 15's append target like with like: every invocation makes, in turn, a hybrid append, an
 * append to the durable plugin alone, one round trip of the Redis plugin alone (its
 * {@code find}, as {@code HybridBench.fastRoundTrip}) and one write round trip of the Redis
 * plugin alone (an {@code appendStamped} expecting the version, as
 * {@code HybridFloorBench.stampCopyRedis}: the one call the hybrid makes on the fast tier), on
 * the same trial's stores ({@link HybridState}), and times each ({@link HybridAppendTurns}
 * prints the ratios per iteration). The separate benchmarks of {@link HybridOneThreadBench} run one after another, so
 * the durable tier's fsync time, which drifts from minute to minute on a shared disk, can differ
 * between them by more than the round trip measured. One thread.
 */
@Threads(1)
public class HybridAppendTurnBench extends QuickProfile {
    private static final Map<String, String> STAMP = Map.of("bench.stamp", "1");

    /**
     * @param stores the trial's stores
     * @param s this thread's sessions
     * @param turns the iteration's sums
     * @return the durable plugin's acknowledgement
     */
    @Benchmark
    public Appended appendInTurn(HybridState stores, HybridSession s, HybridAppendTurns turns) {
        long start = System.nanoTime();
        stores.hybrid.append(s.hybrid, Payload.ONE);
        long hybrid = System.nanoTime();
        Appended durable = stores.durableAlone.append(s.durable, Payload.ONE);
        long alone = System.nanoTime();
        stores.redisAlone.find(s.redis);
        long found = System.nanoTime();
        s.redisVersion = stores.redisAlone.appendStamped(s.redis, Payload.ONE, STAMP, Expect.version(s.redisVersion))
                .session().version();
        turns.add(new long[] {hybrid - start, alone - hybrid, found - alone, System.nanoTime() - found});
        return durable;
    }
}
