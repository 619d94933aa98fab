package dev.multichat.bench;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.redis.testing.RedisClusterSetup;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.RedisSetup;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.cluster.pubsub.StatefulRedisClusterPubSubConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A redis-server (or a three-master cluster) started by the benchmark for one trial, our store
 * on it ({@code redis://} or {@code redis-cluster://}, no persistence) shared by every thread,
 * and the raw baselines: one plain Lettuce connection (one client, one connection, like the
 * store) with a trivial script, the append floor and the store's own append script loaded
 * (see {@link RedisRawScripts}), and one pub/sub connection subscribed to the floor's channel.
 */
@State(Scope.Benchmark)
public class RedisState {
    /** The trivial script of the raw baseline: one key, returns 1. */
    static final String TRIVIAL = "return 1";
    /** The store's key prefix. */
    static final String PREFIX = "bench";

    /** {@code single} (one redis-server) or {@code cluster} (three masters). */
    @Param({"single", "cluster"})
    public String mode;

    /** Messages in each session at the start of every iteration. */
    @Param({"1000", "100000"})
    public int history;

    SessionStore store;
    RedisClusterCommands<String, String> raw;
    String trivialSha;
    String floorSha;
    String appendSha;
    /** The store's append arguments that follow the message: owner-index start, then channel ('' on a cluster). */
    String[] appendTail;
    private RedisSetup servers;
    private AbstractRedisClient client;
    /** The raw connection, for commands handed to it together. */
    StatefulConnection<String, String> connection;
    private StatefulConnection<String, String> subscriber;

    /** Starts the servers, opens the store and the raw connection. */
    @Setup(Level.Trial)
    public void start() {
        servers = "cluster".equals(mode) ? RedisClusterSetup.start(3, false) : RedisProcess.start(false, "--save", "");
        store = SessionStores.open(servers.uri() + "?prefix=" + PREFIX + "&timeout=5s");
        if ("cluster".equals(mode)) {
            RedisClusterClient cluster = RedisClusterClient.create(List.of(io.lettuce.core.RedisURI.create(
                    servers.uri().replace("redis-cluster://", "redis://").split(",")[0])));
            StatefulRedisClusterConnection<String, String> open = cluster.connect(StringCodec.UTF8);
            client = cluster;
            connection = open;
            raw = open.sync();
            StatefulRedisClusterPubSubConnection<String, String> sub = cluster.connectPubSub(StringCodec.UTF8);
            sub.sync().subscribe(RedisRawScripts.FLOOR_CHANNEL);
            subscriber = sub;
            appendTail = new String[] {"", ""};
        } else {
            RedisClient single = RedisClient.create(servers.uri());
            StatefulRedisConnection<String, String> open = single.connect(StringCodec.UTF8);
            client = single;
            connection = open;
            raw = open.sync();
            StatefulRedisPubSubConnection<String, String> sub = single.connectPubSub(StringCodec.UTF8);
            sub.sync().subscribe(RedisRawScripts.FLOOR_CHANNEL);
            subscriber = sub;
            appendTail = new String[] {PREFIX + ":o:{", PREFIX + ":chg"};
        }
        // on a cluster, Lettuce sends SCRIPT LOAD to every master
        trivialSha = raw.scriptLoad(TRIVIAL);
        floorSha = raw.scriptLoad(RedisRawScripts.FLOOR);
        appendSha = raw.scriptLoad(RedisRawScripts.storeAppend());
    }

    /** Closes everything and stops the servers. */
    @TearDown(Level.Trial)
    public void stop() {
        store.close();
        subscriber.close();
        connection.close();
        client.shutdown();
        servers.close();
    }
}
