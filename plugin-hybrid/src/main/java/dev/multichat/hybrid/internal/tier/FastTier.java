package dev.multichat.hybrid.internal.tier;

import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreHealth;
import dev.multichat.api.StoreUnavailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The fast tier behind a resilience4j circuit breaker. {@link #call} runs an operation on the
 * fast tier, or returns empty at once when the circuit is open or the call failed (the caller
 * then uses the durable tier). Before any call is let through after a failure, the sessions
 * changed meanwhile are invalidated and a new epoch is drawn ({@link Recovery}), as after any
 * change of the fast tier's connections (when it counts them: {@link Connections}); a half-open
 * probe is abandoned after the probe timeout. Business outcomes of the fast tier (version
 * conflicts, missing sessions) pass through as exceptions and count as successes. Thread-safe.
 */
public final class FastTier implements AutoCloseable {
    private final FastStore store;
    private final CircuitBreaker breaker;
    private final Recovery recovery;
    private final Probe probe;
    private final Readings readings;
    private volatile String lastFailure = "";

    /**
     * If the fast tier could not be opened, the circuit starts open: every call goes to the
     * durable tier until a probe opens the fast tier, and a new epoch is drawn before it is used
     * (it may come back with copies older than writes made meanwhile).
     *
     * @param store the fast tier, opened by URI (or not yet: it was unreachable)
     * @param settings the breaker's settings
     * @param name the breaker's name (the fast tier's redacted URI)
     * @param readings the hybrid store's counters
     */
    public FastTier(FastStore store, BreakerSettings settings, String name, Readings readings) {
        this.store = store;
        this.readings = readings;
        this.breaker = CacheBreaker.create(name, settings);
        this.recovery = new Recovery(new Epoch());
        this.probe = new Probe(settings.probeTimeout());
        if (store.missing()) {
            lastFailure = "cannot open the fast tier: " + store.openFailure();
            recovery.afterFailure();
            breaker.transitionToOpenState();
        }
    }

    /**
     * @param operation what to do on the fast tier
     * @param <T> its result
     * @return its result, or empty if the circuit is open or the fast tier failed
     *     (a {@link StoreUnavailableException} or an unexpected error)
     */
    public <T> Optional<T> call(Function<SessionStore, T> operation) {
        if (!breaker.tryAcquirePermission()) {
            readings.fallback(true);
            return Optional.empty();
        }
        long start = System.nanoTime();
        try {
            boolean halfOpen = breaker.getState() == CircuitBreaker.State.HALF_OPEN;
            T result = halfOpen ? probe.run(() -> recovery.run(store.get(), operation))
                    : recovery.run(store.get(), operation);
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return Optional.of(result);
        } catch (RuntimeException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            if (!CacheBreaker.isFailure(e)) {
                throw e;
            }
            lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            recovery.afterFailure();
            readings.fallback(false);
            return Optional.empty();
        }
    }

    /** @param id a session whose cached copy must be invalidated before the fast tier is used again */
    public void invalidateLater(SessionId id) {
        recovery.invalidateLater(id);
    }

    /** A copy of another epoch was seen (another instance renewed it): the next call re-reads the record. */
    public void recheckEpoch() {
        recovery.recheck();
    }

    /** @return the epoch cached copies must carry to be trusted */
    public String epoch() {
        return recovery.epoch().value();
    }

    /** @return the hybrid store's counters */
    public Readings readings() {
        return readings;
    }

    /** @return the circuit's state, e.g. {@code CLOSED} */
    public String state() {
        return breaker.getState().name();
    }

    /** @return why the fast tier last failed ({@code ""} if it never did) */
    public String lastFailure() {
        return lastFailure;
    }

    /** @return the fast tier's own health (DOWN with the reason if it could not be opened yet) */
    public StoreHealth health() {
        return store.health();
    }

    /** Stops the probes and closes the fast tier (if it was opened). */
    @Override
    public void close() {
        try {
            probe.close();
        } finally {
            store.close();
        }
    }
}
