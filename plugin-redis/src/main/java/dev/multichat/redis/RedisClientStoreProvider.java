package dev.multichat.redis;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.redis.internal.ClientStores;
import dev.multichat.redis.internal.RedisSettings;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import java.time.Duration;
import java.util.Set;

/**
 * A Redis store built in code on a Lettuce client the application already has: a provider
 * configured with that client, opened through the core like any other (so the store is
 * validated, metered and guarded the same way). Not registered with {@code ServiceLoader}.
 *
 * <pre>{@code
 * SessionStore store = RedisClientStoreProvider.on(client, RedisURI.create("redis://cache:6379"))
 *         .open("prefix=chat&timeout=2s");
 * // or, with a clock or limits:
 * SessionStores.open(StoreConfig.of("redis://app?prefix=chat").withClock(clock),
 *         RedisClientStoreProvider.on(client, uri));
 * }</pre>
 *
 * <p>Each store opens one connection from the client and closes only that connection; the
 * client stays the application's, with the options the application gave it. Configure it with
 * {@link #recommendedOptions} or {@link #recommendedClusterOptions} for the failure behaviour
 * the README describes (Lettuce's defaults queue commands without bound while disconnected);
 * whatever the options, no call waits longer than the store's timeout plus one second.
 * Thread-safe.
 */
public final class RedisClientStoreProvider implements StoreProvider {
    private final ClientStores.Source source;
    private final String scheme;

    private RedisClientStoreProvider(ClientStores.Source source, String scheme) {
        this.source = source;
        this.scheme = scheme;
    }

    /**
     * @param client the application's client for one server or Sentinel
     * @param uri where to connect (its credentials are used, never shown)
     * @return a provider of the {@code redis} scheme over that client
     */
    public static RedisClientStoreProvider on(RedisClient client, RedisURI uri) {
        return new RedisClientStoreProvider(ClientStores.standalone(client, uri), "redis");
    }

    /**
     * @param client the application's cluster client
     * @return a provider of the {@code redis-cluster} scheme over that client
     */
    public static RedisClientStoreProvider on(RedisClusterClient client) {
        return new RedisClientStoreProvider(ClientStores.cluster(client), "redis-cluster");
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
     * @param options the store's options as a URI query, e.g. {@code prefix=chat&timeout=2s&wait=1},
     *     or empty for the defaults
     * @return the open store
     * @throws dev.multichat.api.StoreUnavailableException if Redis did not answer within the timeout
     * @throws dev.multichat.api.InvalidInputException if an option is invalid
     */
    public SessionStore open(String options) {
        return SessionStores.open(StoreConfig.of(scheme + "://application-client" + (options.isEmpty() ? ""
                : "?" + options)), this);
    }

    @Override
    public String scheme() {
        return scheme;
    }

    @Override
    public Set<String> options() {
        return RedisSettings.OPTIONS;
    }

    @Override
    public StoreParts open(StoreConfig config) {
        return ClientStores.open(source, config);
    }
}
