package dev.multichat.redis.internal;

import dev.multichat.api.StoreConfig;
import dev.multichat.redis.internal.link.Connected;
import dev.multichat.redis.internal.link.FailureSettings;
import dev.multichat.redis.internal.link.RedisErrors;
import dev.multichat.redis.internal.link.RedisLink;
import dev.multichat.redis.internal.link.RedisTarget;
import dev.multichat.redis.internal.store.Keys;
import dev.multichat.redis.internal.store.Scripts;
import dev.multichat.spi.StoreParts;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.List;

/** Stores on an application's own Lettuce client (see {@code RedisClientStoreProvider}). */
public final class ClientStores {
    private ClientStores() {
    }

    /** Opens the store's one connection from the application's client. */
    @FunctionalInterface
    public interface Source {
        /**
         * @return the connection, its commands and where it leads (the client is not owned)
         */
        Opened connect();
    }

    /**
     * @param connected the connection
     * @param target where it leads, for messages and health
     */
    public record Opened(Connected connected, RedisTarget target) {
    }

    /** @return a source connecting the client to the URI */
    public static Source standalone(RedisClient client, RedisURI uri) {
        return () -> {
            StatefulRedisConnection<String, String> connection = client.connect(StringCodec.UTF8, uri);
            String where = "redis://" + uri.getHost() + ":" + uri.getPort() + "/" + uri.getDatabase();
            return new Opened(new Connected(connection, connection.async(), null,
                    () -> client.connectPubSub(StringCodec.UTF8, uri)),
                    new RedisTarget(RedisTarget.Mode.STANDALONE, List.of(), where));
        };
    }

    /** @return a source connecting the cluster client */
    public static Source cluster(RedisClusterClient client) {
        return () -> {
            StatefulRedisClusterConnection<String, String> connection = client.connect(StringCodec.UTF8);
            return new Opened(new Connected(connection, connection.async(), null,
                    () -> client.connectPubSub(StringCodec.UTF8)),
                    new RedisTarget(RedisTarget.Mode.CLUSTER, List.of(), "redis-cluster://application-client"));
        };
    }

    /**
     * @param source the application's client
     * @param config the store's options and clock
     * @return the store's parts over a new connection from the client
     */
    public static StoreParts open(Source source, StoreConfig config) {
        RedisSettings settings = RedisSettings.from(config);
        Keys keys = new Keys(settings.prefix());
        Opened opened;
        try {
            opened = source.connect();
        } catch (RuntimeException e) {
            throw new RedisErrors("the application's client", settings.timeout()).map(e, "connecting", "");
        }
        RedisLink link = new RedisLink(opened.connected(), new RedisErrors(opened.target().redacted(),
                settings.timeout()), settings.timeout());
        return RedisOpener.open(link, opened.target(), settings, keys, config);
    }

    /** @return the recommended options of a standalone or Sentinel client */
    public static ClientOptions options(Duration timeout) {
        return FailureSettings.standalone(timeout, Scripts.load().appendWithIds().sha());
    }

    /** @return the recommended options of a cluster client */
    public static ClusterClientOptions clusterOptions(Duration timeout) {
        return FailureSettings.cluster(timeout, Scripts.load().appendWithIds().sha());
    }
}
