package dev.multichat.bench.report;

import java.util.Arrays;

/**
 * The measured iterations' scores of one benchmark.
 *
 * @param values the scores, in run order (at least one)
 */
record Scores(double[] values) {
    Scores {
        if (values.length == 0) {
            throw new IllegalArgumentException("a benchmark result has no measured iterations; rerun it"
                    + " with -i 1 or more");
        }
        values = values.clone();
    }

    /** @return the median score (the mean of the middle two for an even count) */
    double median() {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** @return the lowest score */
    double min() {
        return Arrays.stream(values).min().orElseThrow();
    }

    /** @return the highest score */
    double max() {
        return Arrays.stream(values).max().orElseThrow();
    }
}
