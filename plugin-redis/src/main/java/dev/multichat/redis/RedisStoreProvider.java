package dev.multichat.redis;

import dev.multichat.api.StoreConfig;
import dev.multichat.redis.internal.RedisOpener;
import dev.multichat.redis.internal.RedisSettings;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import java.util.Set;

/**
 * The {@code redis:} store: Redis, one server:
 * {@code redis://[user:password@]host:port/db?timeout=2s&prefix=mc}.
 * See the plugin's README for the URI forms, the key layout, the failure settings and what an
 * acknowledged append survives.
 *
 * <p>Options: {@code timeout} (command timeout, default {@code 2s}), {@code prefix} (key prefix,
 * default {@code mc}), {@code wait} (replicas that must confirm each write, default 0).
 * Thread-safe; cheap to construct: nothing connects until {@link #open}.
 */
public final class RedisStoreProvider implements StoreProvider {
    /** Creates the provider; nothing is opened until {@link #open}. */
    public RedisStoreProvider() {
        // ServiceLoader needs a public no-argument constructor.
    }

    @Override
    public String scheme() {
        return "redis";
    }

    @Override
    public Set<String> options() {
        return RedisSettings.OPTIONS;
    }

    @Override
    public String description() {
        return "Redis, one server: redis://[user:password@]host:port/db?timeout=2s&prefix=mc.";
    }

    @Override
    public StoreParts open(StoreConfig config) {
        return RedisOpener.open(config);
    }
}
