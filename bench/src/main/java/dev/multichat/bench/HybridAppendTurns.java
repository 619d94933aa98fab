package dev.multichat.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The times of {@link HybridAppendTurnBench}'s four calls, taken in turn in every invocation
 * (so a disk or CPU spell weighs on all alike), summed per iteration. Each measured iteration
 * prints a line {@code hybrid append turn: hybrid=... us durable=... us round trip=... us
 * write round trip=... us ratio=... write ratio=...}: the hybrid append's mean over the durable
 * append's plus the round trip's (a {@code find}; issue 15's target: at most 1), and over the
 * durable append's plus the write round trip's (an {@code appendStamped}, the one call the
 * hybrid makes on the fast tier: the floor of an append that writes both tiers); the trial's
 * end prints the median of each.
 */
@State(Scope.Thread)
public class HybridAppendTurns {
    /** How every iteration's line starts. */
    static final String TURN = "hybrid append turn: ";
    private final PrintStream out = System.out;
    private final List<Double> ratios = new ArrayList<>();
    private final List<Double> writeRatios = new ArrayList<>();
    private final long[] sums = new long[4];
    private long count;

    /** Starts an iteration's sums. */
    @Setup(Level.Iteration)
    public void start() {
        Arrays.fill(sums, 0);
        count = 0;
    }

    /**
     * @param nanos one invocation's times: the hybrid append, the durable tier's own append, the
     *     fast tier's round trip and its write round trip
     */
    void add(long[] nanos) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += nanos[i];
        }
        count++;
    }

    /**
     * Prints a measured iteration's means and ratio.
     *
     * @param params JMH's description of the iteration
     */
    @TearDown(Level.Iteration)
    public void report(IterationParams params) {
        if (params.getType() != IterationType.MEASUREMENT || count == 0) {
            return;
        }
        double ratio = (double) sums[0] / (sums[1] + sums[2]);
        double writeRatio = (double) sums[0] / (sums[1] + sums[3]);
        ratios.add(ratio);
        writeRatios.add(writeRatio);
        double perCall = 1e3 * count;
        out.printf(Locale.ROOT, "%n%shybrid=%.1f us durable=%.1f us round trip=%.1f us write round trip=%.1f us"
                + " ratio=%.3f write ratio=%.3f%n", TURN, sums[0] / perCall, sums[1] / perCall, sums[2] / perCall,
                sums[3] / perCall, ratio, writeRatio);
    }

    /** Prints the trial's median ratio. */
    @TearDown(Level.Trial)
    public void median() {
        if (!ratios.isEmpty()) {
            out.printf(Locale.ROOT, "%nhybrid append turns: median ratio of this fork=%.3f, write ratio=%.3f,"
                    + " over %d iterations%n", FeedPairs.median(ratios), FeedPairs.median(writeRatios), ratios.size());
        }
    }
}
