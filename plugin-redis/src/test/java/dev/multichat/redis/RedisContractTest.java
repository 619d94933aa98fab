package dev.multichat.redis;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.redis.testing.SharedRedis;
import dev.multichat.tck.SessionStoreContract;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The whole plugin-tck suite, model-based check included, against a real redis-server started
 * by the test; every store gets its own key prefix on that one server.
 */
class RedisContractTest implements SessionStoreContract {
    private static final AtomicLong PREFIXES = new AtomicLong();

    @Override
    public SessionStore openStore(Clock clock) {
        String uri = SharedRedis.single().uri() + "?prefix=tck" + PREFIXES.incrementAndGet();
        return SessionStores.open(StoreConfig.of(uri).withClock(clock));
    }
}
