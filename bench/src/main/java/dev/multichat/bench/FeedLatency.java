package dev.multichat.bench;

import java.util.Arrays;

/**
 * The change feed's latency from an append's acknowledgement (the append call returned) to the
 * probe subscriber's receipt of the message, one sample per append of an iteration; a message
 * received before the call returned counts 0. JMH measures whole calls, so these percentiles
 * are computed here and printed at the end of each iteration. One thread (the benchmark's).
 */
final class FeedLatency {
    private static final int MAX = 1 << 22;
    private long[] samples = new long[1024];
    private int count;

    /** @param nanos one sample */
    void add(long nanos) {
        if (count == samples.length && count < MAX) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        if (count < samples.length) {
            samples[count++] = Math.max(0, nanos);
        }
    }

    /**
     * Prints p50 and p99 of the samples so far and forgets them.
     *
     * @param label what was measured
     */
    void reportAndReset(String label) {
        if (count == 0) {
            return;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        System.out.printf("%nfeed ack->receipt %s: n=%d p50=%.1f us p99=%.1f us%n", label, count,
                at(sorted, 0.50) / 1e3, at(sorted, 0.99) / 1e3);
        count = 0;
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
