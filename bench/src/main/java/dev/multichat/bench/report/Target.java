package dev.multichat.bench.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One performance target of an issue: a ratio of two measured rates (operations per second)
 * in the same run.
 *
 * @param issue where the target comes from, e.g. {@code #5 sqlite}
 * @param text what the target says
 * @param subject the rate being judged
 * @param baseline the rate it is judged against
 * @param requirement what the ratio must be
 */
record Target(String issue, String text, Pick subject, Pick baseline, Requirement requirement) {

    /**
     * A benchmark with some of its parameters fixed.
     *
     * @param benchmark {@code SimpleClassName.method}
     * @param params the parameters it must have
     */
    record Pick(String benchmark, Map<String, String> params) {
        Pick {
            params = Map.copyOf(params);
        }

        /**
         * @param results a run's results
         * @return the first result picked, if the run has it
         */
        Optional<Measurement> in(List<Measurement> results) {
            return results.stream().filter(m -> m.matches(benchmark, params)).findFirst();
        }

        @Override
        public String toString() {
            return params.isEmpty() ? benchmark : benchmark + " " + new TreeMap<>(params);
        }
    }
}
