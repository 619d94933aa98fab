package dev.multichat.redis;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.redis.testing.SharedRedis;
import dev.multichat.tck.SessionStoreContract;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The whole plugin-tck suite, model-based check included, against a real three-master Redis
 * Cluster started by the test (sessions and owner indexes spread over every master); every
 * store gets its own key prefix.
 */
class RedisClusterContractTest implements SessionStoreContract {
    private static final AtomicLong PREFIXES = new AtomicLong();

    @Override
    public SessionStore openStore(Clock clock) {
        String uri = SharedRedis.cluster().uri() + "?prefix=ctck" + PREFIXES.incrementAndGet();
        return SessionStores.open(StoreConfig.of(uri).withClock(clock));
    }
}
