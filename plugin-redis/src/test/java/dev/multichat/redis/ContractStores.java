package dev.multichat.redis;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The contract tests' stores: each on its own key prefix of a shared server or cluster, and
 * opened again on the same prefix (for the close-under-load check and the feed's second store).
 * Thread-safe.
 */
final class ContractStores {
    private final Supplier<String> server;
    private final String name;
    private final AtomicLong prefixes = new AtomicLong();
    private final Map<SessionStore, String> uris = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * @param server the shared set-up's URI, started on first use
     * @param name the prefixes' stem
     */
    ContractStores(Supplier<String> server, String name) {
        this.server = server;
        this.name = name;
    }

    SessionStore open(Clock clock) {
        String uri = server.get() + "?prefix=" + name + prefixes.incrementAndGet();
        SessionStore store = SessionStores.open(StoreConfig.of(uri).withClock(clock));
        uris.put(store, uri);
        return store;
    }

    /** @return a new store on the same server and prefix as {@code store} (open or closed) */
    SessionStore again(SessionStore store, Clock clock) {
        return SessionStores.open(StoreConfig.of(uris.get(store)).withClock(clock));
    }
}
