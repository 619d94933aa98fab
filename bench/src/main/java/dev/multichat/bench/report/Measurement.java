package dev.multichat.bench.report;

import java.util.Map;

/**
 * One benchmark result of a JMH run.
 *
 * @param benchmark the benchmark as {@code SimpleClassName.method}
 * @param params its JMH parameters (empty if none)
 * @param threads the benchmark threads
 * @param iterations the measured iterations' scores, in run order
 * @param unit the score unit, e.g. {@code ops/s}
 */
record Measurement(String benchmark, Map<String, String> params, int threads, Scores iterations, String unit) {
    Measurement {
        params = Map.copyOf(params);
    }

    /**
     * @param name a benchmark as {@code SimpleClassName.method}
     * @param wanted parameters that must all be present with these values
     * @return whether this is that benchmark with those parameters
     */
    boolean matches(String name, Map<String, String> wanted) {
        return benchmark.equals(name) && params.entrySet().containsAll(wanted.entrySet());
    }
}
