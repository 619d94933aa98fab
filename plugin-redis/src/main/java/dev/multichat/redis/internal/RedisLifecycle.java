package dev.multichat.redis.internal;

import dev.multichat.api.StoreHealth;
import dev.multichat.redis.internal.link.Health;
import dev.multichat.redis.internal.link.RedisLink;
import dev.multichat.redis.internal.link.RedisTarget;
import dev.multichat.spi.StoreLifecycle;
import java.util.Map;

/**
 * Health and close of a Redis store. Thread-safe.
 *
 * @param link the shared connection
 * @param target where it leads
 * @param details the store's settings, reported in health
 */
record RedisLifecycle(RedisLink link, RedisTarget target, Map<String, String> details) implements StoreLifecycle {
    @Override
    public StoreHealth health() {
        return Health.of(link, target, details);
    }

    @Override
    public void close() {
        link.close();
    }
}
