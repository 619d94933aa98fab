package dev.multichat.hybrid;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.postgres.testing.SharedPostgres;
import dev.multichat.redis.testing.SharedRedis;
import dev.multichat.tck.support.ScratchDirectory;
import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Hybrid stores for tests: the fast tier on the shared test redis-server (its own key prefix per
 * store), the durable tier a fresh SQLite file, JSON directory or PostgreSQL schema; reopenable on the same tiers.
 * Thread-safe.
 */
final class HybridFixtures {
    private static final ScratchDirectory SCRATCH = ScratchDirectory.create("multichat-hybrid");
    private static final AtomicLong STORES = new AtomicLong();
    private final Function<String, String> durable;
    private final Map<SessionStore, String> uris = Collections.synchronizedMap(new IdentityHashMap<>());

    private HybridFixtures(Function<String, String> durable) {
        this.durable = durable;
    }

    static HybridFixtures sqlite() {
        return new HybridFixtures(name -> "sqlite:" + SCRATCH.fresh(name + ".db"));
    }

    static HybridFixtures json() {
        return new HybridFixtures(name -> "json:" + SCRATCH.fresh(name) + "?sweep=off");
    }

    static HybridFixtures postgres() {
        return new HybridFixtures(name -> SharedPostgres.uri(name, ""));
    }

    /** @return a new hybrid URI: a fresh redis prefix and a fresh durable location */
    String freshUri() {
        String name = "hybrid" + STORES.incrementAndGet();
        return HybridStoreProvider.builder().tiers(SharedRedis.single().uri() + "?prefix=" + name,
                durable.apply(name)).uri();
    }

    SessionStore open(Clock clock) {
        String uri = freshUri();
        SessionStore store = SessionStores.open(StoreConfig.of(uri).withClock(clock));
        uris.put(store, uri);
        return store;
    }

    SessionStore reopen(SessionStore closed, Clock clock) {
        return SessionStores.open(StoreConfig.of(uris.get(closed)).withClock(clock));
    }
}
