package dev.multichat.hybrid.internal.tier;

import dev.multichat.api.StoreException;
import dev.multichat.api.StoreUnavailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;

/**
 * The circuit breaker set for a cache tier: count-based, judged after a few calls, open for
 * seconds, a bounded half-open phase; only unavailability (and unexpected errors) count as
 * failures, never a business outcome such as a version conflict. Stateless.
 */
final class CacheBreaker {
    private CacheBreaker() {
    }

    static CircuitBreaker create(String name, BreakerSettings settings) {
        int calls = settings.minimumCalls();
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(Math.max(calls, 10))
                .minimumNumberOfCalls(calls)
                .failureRateThreshold(50)
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(Math.max(1, Math.min(calls, 3)))
                .maxWaitDurationInHalfOpenState(settings.openFor().plus(Duration.ofSeconds(1)))
                .recordException(CacheBreaker::isFailure)
                .build();
        return CircuitBreaker.of(name, config);
    }

    /** @return whether {@code e} means the fast tier is failing (not a business outcome) */
    static boolean isFailure(Throwable e) {
        return e instanceof StoreUnavailableException || !(e instanceof StoreException);
    }
}
