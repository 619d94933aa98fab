package dev.multichat.redis;

import dev.multichat.api.StoreConfig;
import dev.multichat.redis.internal.RedisOpener;
import dev.multichat.redis.internal.RedisSettings;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import java.util.Set;

/**
 * The {@code redis-cluster:} store: Redis Cluster from seed nodes:
 * {@code redis-cluster://[user:password@]host:port,host:port}.
 * See the plugin's README for the URI forms, the key layout, the failure settings and what an
 * acknowledged append survives.
 *
 * <p>Options: {@code timeout} (command timeout, default {@code 2s}), {@code prefix} (key prefix,
 * default {@code mc}), {@code wait} (replicas that must confirm each write, default 0).
 * Thread-safe; cheap to construct: nothing connects until {@link #open}.
 */
public final class RedisClusterStoreProvider implements StoreProvider {
    /** Creates the provider; nothing is opened until {@link #open}. */
    public RedisClusterStoreProvider() {
        // ServiceLoader needs a public no-argument constructor.
    }

    @Override
    public String scheme() {
        return "redis-cluster";
    }

    @Override
    public Set<String> options() {
        return RedisSettings.OPTIONS;
    }

    @Override
    public String description() {
        return "Redis Cluster from seed nodes: redis-cluster://[user:password@]host:port,host:port.";
    }

    @Override
    public StoreParts open(StoreConfig config) {
        return RedisOpener.open(config);
    }
}
