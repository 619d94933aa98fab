package dev.multichat.hybrid.internal.tier;

import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreHealth;
import dev.multichat.api.StoreUnavailableException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fast tier's store, opened when the hybrid store opens or, if the fast tier was unreachable
 * then, later: each call that the circuit breaker lets through tries to open it again (so a
 * hybrid store opens degraded and starts using the fast tier once it answers). Thread-safe.
 */
public final class FastStore implements AutoCloseable {
    private final Supplier<SessionStore> opener;
    private final Object lock = new Object();
    private volatile SessionStore store;
    private volatile String openFailure = "";
    private boolean closed;

    private FastStore(Supplier<SessionStore> opener) {
        this.opener = opener;
    }

    /**
     * Opens the fast tier now; if it is unavailable (a {@link StoreUnavailableException}), the
     * holder stays empty and remembers why. Any other failure (a wrong URI) is thrown.
     *
     * @param opener opens the fast tier by URI
     * @return the holder
     */
    public static FastStore open(Supplier<SessionStore> opener) {
        FastStore holder = new FastStore(opener);
        try {
            holder.get();
        } catch (StoreUnavailableException e) {
            // opened degraded: the breaker starts open and the next permitted call retries
        }
        return holder;
    }

    /** @return whether the fast tier is not open yet (it was unreachable at the last try) */
    boolean missing() {
        return store == null;
    }

    /** @return why the last attempt to open the fast tier failed ({@code ""} if none did) */
    String openFailure() {
        return openFailure;
    }

    /**
     * @return the open fast tier, opening it first if needed
     * @throws StoreUnavailableException if it cannot be opened now
     */
    SessionStore get() {
        SessionStore open = store;
        if (open != null) {
            return open;
        }
        synchronized (lock) {
            if (store == null) {
                if (closed) {
                    throw new StoreUnavailableException("the hybrid store is closing; the fast tier is not opened");
                }
                try {
                    store = opener.get();
                    openFailure = "";
                } catch (StoreUnavailableException e) {
                    openFailure = e.getMessage();
                    throw e;
                }
            }
            return store;
        }
    }

    /** @return the fast tier's health, or DOWN with the reason it could not be opened; never throws */
    public StoreHealth health() {
        SessionStore open = store;
        if (open == null) {
            return new StoreHealth(StoreHealth.Status.DOWN, "not connected: " + openFailure, Map.of());
        }
        return open.health();
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (store != null) {
                store.close();
            }
        }
    }
}
