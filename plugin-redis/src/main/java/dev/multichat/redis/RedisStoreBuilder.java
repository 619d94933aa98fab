package dev.multichat.redis;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.redis.internal.ClientStores;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import java.time.Clock;
import java.time.Duration;

/**
 * Builds a Redis store in code on a Lettuce client the application already has. The store
 * opens one connection from that client (closed with the store; the client stays the
 * application's) and uses the client's options as they are: configure the client with
 * {@link #recommendedOptions} or {@link #recommendedClusterOptions} for the failure behaviour
 * the store's README describes (Lettuce's defaults queue commands without bound while
 * disconnected). Whatever the options, no call waits longer than the store's timeout plus one
 * second.
 *
 * <pre>{@code
 * SessionStore store = RedisStoreBuilder.on(client, RedisURI.create("redis://cache:6379"))
 *         .prefix("chat").timeout(Duration.ofSeconds(2)).open();
 * }</pre>
 *
 * Not thread-safe (build on one thread); the store it opens is thread-safe.
 */
public final class RedisStoreBuilder {
    private final ClientStores.Source source;
    private StoreConfig config;

    private RedisStoreBuilder(ClientStores.Source source, String scheme) {
        this.source = source;
        this.config = StoreConfig.of(scheme + "://application-client");
    }

    /**
     * @param client the application's client for one server or Sentinel
     * @param uri where to connect (its credentials are used, never shown)
     * @return a builder with the defaults: prefix {@code mc}, timeout 2 s, wait 0
     */
    public static RedisStoreBuilder on(RedisClient client, RedisURI uri) {
        return new RedisStoreBuilder(ClientStores.standalone(client, uri), "redis");
    }

    /**
     * @param client the application's cluster client
     * @return a builder with the defaults: prefix {@code mc}, timeout 2 s, wait 0
     */
    public static RedisStoreBuilder on(RedisClusterClient client) {
        return new RedisStoreBuilder(ClientStores.cluster(client), "redis-cluster");
    }

    /**
     * @param timeout the command timeout for the client's options
     * @return options with commands rejected while disconnected, a bounded queue, timeouts,
     *     keep-alive and (on a native transport) TCP_USER_TIMEOUT
     */
    public static ClientOptions recommendedOptions(Duration timeout) {
        return ClientStores.options(timeout);
    }

    /**
     * @param timeout the command timeout for the client's options
     * @return {@link #recommendedOptions} plus periodic and adaptive topology refresh
     */
    public static ClusterClientOptions recommendedClusterOptions(Duration timeout) {
        return ClientStores.clusterOptions(timeout);
    }

    /**
     * @param prefix 1 to 64 of {@code [A-Za-z0-9._-]}
     * @return this builder
     */
    public RedisStoreBuilder prefix(String prefix) {
        config = config.withOption("prefix", prefix);
        return this;
    }

    /**
     * @param timeout how long a call may wait for Redis
     * @return this builder
     */
    public RedisStoreBuilder timeout(Duration timeout) {
        config = config.withOption("timeout", timeout.toMillis() + "ms");
        return this;
    }

    /**
     * @param replicas replicas that must confirm each write ({@code WAIT}), 0 for none
     * @return this builder
     */
    public RedisStoreBuilder waitReplicas(int replicas) {
        config = config.withOption("wait", Integer.toString(replicas));
        return this;
    }

    /**
     * @param clock the time source of every timestamp and expiry
     * @return this builder
     */
    public RedisStoreBuilder clock(Clock clock) {
        config = config.withClock(clock);
        return this;
    }

    /**
     * @return the open store, wrapped by the core like any store opened by URI
     * @throws dev.multichat.api.StoreUnavailableException if Redis did not answer within the timeout
     * @throws dev.multichat.api.InvalidInputException if an option is invalid
     */
    public SessionStore open() {
        return SessionStores.open(config, ClientStores.provider(source, config.uri().scheme()));
    }
}
