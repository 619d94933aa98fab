package dev.multichat.spi;

import dev.multichat.api.StoreHealth;
import dev.multichat.api.StoreReading;
import java.util.List;

/**
 * The part of an open backend that reports its health and releases it. Thread-safe.
 */
public interface StoreLifecycle {
    /**
     * @return the backend's state; never throws for a reachable backend (report
     *     {@link StoreHealth.Status#DOWN} instead)
     */
    StoreHealth health();

    /**
     * The backend's own readings, surfaced as {@link dev.multichat.api.SessionStore#readings()}:
     * the same names and tags on every call, cheap, never blocking on the backend, callable
     * after {@link #close()}.
     *
     * @return the readings (default: none)
     */
    default List<StoreReading> readings() {
        return List.of();
    }

    /**
     * Releases connections, files and threads. The core calls it at most once, after it has
     * stopped admitting new calls and the calls in flight have finished (or the core's bounded
     * wait for them ran out: see {@link dev.multichat.api.SessionStore#close()}). It must return
     * promptly: it may not wait without bound for background work.
     *
     * @throws dev.multichat.api.StoreException if releasing failed; the store counts as closed
     *     anyway
     */
    void close();
}
