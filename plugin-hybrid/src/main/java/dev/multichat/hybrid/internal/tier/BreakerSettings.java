package dev.multichat.hybrid.internal.tier;

import java.time.Duration;

/**
 * The fast tier's circuit breaker, set for a cache: it opens after a few failed calls and
 * stays open for seconds, and a half-open probe is abandoned after {@code probeTimeout}.
 *
 * @param minimumCalls calls in the sliding window before the failure rate counts
 * @param openFor how long the circuit stays open before probing
 * @param probeTimeout the longest a half-open probe may take before it counts as failed
 */
public record BreakerSettings(int minimumCalls, Duration openFor, Duration probeTimeout) {
}
