package dev.multichat.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The pairs of one trial of {@link FeedPairSetup}: two consecutive measured iterations, one on
 * the session with subscribers and one on the session without, in the same store. Prints each
 * pair's ratio (with : without) as a line
 * {@code feed pair <label>: with=... /s without=... /s ratio=...}, and at the trial's end the
 * median of the trial's ratios; {@link FeedPairRatios} takes the median over every fork's pairs.
 */
final class FeedPairs {
    /** How every pair line starts (what {@link FeedPairRatios} looks for). */
    static final String PAIR = "feed pair ";
    private final String label;
    private final PrintStream out;
    private final List<Double> ratios = new ArrayList<>();
    private double with = Double.NaN;
    private double without = Double.NaN;

    /**
     * @param label the backend and subscriber count
     * @param out where the lines go (the fork's standard output, which JMH passes on)
     */
    FeedPairs(String label, PrintStream out) {
        this.label = label;
        this.out = out;
    }

    /**
     * The order of a trial's iterations: with, without, without, with, and again; a steady drift
     * over the trial weighs on both sides of the pairs alike.
     *
     * @param index the iteration's index among the measured (or among the warm-up) iterations
     * @return whether it appends to the session with subscribers
     */
    static boolean withFollowers(int index) {
        return index % 4 == 0 || index % 4 == 3;
    }

    /**
     * Records one measured iteration; prints the pair once both halves are in.
     *
     * @param withFollowers whether the iteration appended to the followed session
     * @param rate its appends per second
     */
    void add(boolean withFollowers, double rate) {
        if (withFollowers) {
            with = rate;
        } else {
            without = rate;
        }
        if (Double.isNaN(with) || Double.isNaN(without)) {
            return;
        }
        double ratio = with / without;
        ratios.add(ratio);
        out.printf(Locale.ROOT, "%n%s%s: with=%.1f /s without=%.1f /s ratio=%.3f%n", PAIR, label, with,
                without, ratio);
        with = Double.NaN;
        without = Double.NaN;
    }

    /** Prints the median of this trial's pair ratios, if there is any. */
    void reportMedian() {
        if (!ratios.isEmpty()) {
            out.printf(Locale.ROOT, "%nfeed pairs %s: median ratio of this fork=%.3f over %d pairs%n", label,
                    median(ratios), ratios.size());
        }
    }

    /**
     * @param values at least one value
     * @return their median (the mean of the middle two for an even count)
     */
    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
