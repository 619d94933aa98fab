package dev.multichat.redis.internal;

import dev.multichat.api.StoreConfig;
import dev.multichat.redis.internal.link.ChangeChannel;
import dev.multichat.redis.internal.link.ConnectionChanges;
import dev.multichat.redis.internal.link.Connector;
import dev.multichat.redis.internal.link.RedisLink;
import dev.multichat.redis.internal.link.RedisTarget;
import dev.multichat.redis.internal.link.Replication;
import dev.multichat.redis.internal.store.AfterWrite;
import dev.multichat.redis.internal.store.Keys;
import dev.multichat.redis.internal.store.RedisCatalog;
import dev.multichat.redis.internal.store.RedisMessageLog;
import dev.multichat.redis.internal.store.RedisStorage;
import dev.multichat.redis.internal.store.Scripts;
import dev.multichat.spi.StoreParts;
import java.util.Map;

/** Opens a Redis store from a store URI: what every Redis scheme's provider delegates to. */
public final class RedisOpener {
    private RedisOpener() {
    }

    /**
     * @param config the store's configuration
     * @return the open store's parts
     * @throws dev.multichat.api.InvalidInputException if the URI or an option is invalid
     * @throws dev.multichat.api.StoreUnavailableException if Redis did not answer within the timeout
     */
    public static StoreParts open(StoreConfig config) {
        RedisSettings settings = RedisSettings.from(config);
        Keys keys = new Keys(settings.prefix());
        RedisTarget target = RedisTarget.parse(config.uri().scheme(), location(config.uri().text()),
                settings.timeout());
        Scripts scripts = Scripts.load();
        ConnectionChanges changes = new ConnectionChanges();
        RedisLink link = Connector.open(target, settings.timeout(), scripts.appendWithIds().sha(), changes);
        StoreParts parts = open(link, target, settings, keys, config);
        return new StoreParts(parts.catalog(), parts.messages(), new CountedLifecycle(parts.lifecycle(), changes),
                parts.signals());
    }

    /**
     * @param link an open connection
     * @param target where it leads
     * @param settings the options
     * @param keys the key layout
     * @param config the clock's source
     * @return the store's parts over that connection
     */
    public static StoreParts open(RedisLink link, RedisTarget target, RedisSettings settings, Keys keys,
                                    StoreConfig config) {
        ChangeChannel channel;
        try {
            channel = ChangeChannel.of(link, settings.prefix());
        } catch (RuntimeException e) {
            link.close();
            throw e;
        }
        RedisStorage storage = new RedisStorage(link, keys, Scripts.load(), config.clock(),
                new AfterWrite(new Replication(settings.waitReplicas(), settings.timeout()), channel));
        return new StoreParts(new RedisCatalog(storage), new RedisMessageLog(storage), new RedisLifecycle(link,
                target, Map.of("prefix", settings.prefix(), "timeout",
                settings.timeout().toMillis() + "ms", "wait", Integer.toString(settings.waitReplicas()),
                "hints", (channel.sharded() ? "SPUBLISH " : "PUBLISH ") + channel.name())),
                new RedisChangeSignals(link, channel));
    }

    /** The URI after its scheme's colon, without the query, keeping a {@code #fragment}. */
    static String location(String text) {
        String rest = text.substring(text.indexOf(':') + 1);
        int query = rest.indexOf('?');
        if (query < 0) {
            return rest;
        }
        int fragment = rest.indexOf('#', query);
        return rest.substring(0, query) + (fragment < 0 ? "" : rest.substring(fragment));
    }
}
