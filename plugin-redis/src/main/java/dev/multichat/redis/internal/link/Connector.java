package dev.multichat.redis.internal.link;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the Lettuce client for a {@link RedisTarget}, configured by {@link FailureSettings},
 * and opens the one shared connection. A failure shuts the client down again.
 */
public final class Connector {
    private Connector() {
    }

    /**
     * @param target where Redis is
     * @param timeout the command timeout
     * @param replayable the SHA of the one script whose replay after a reconnect is harmless
     * @param watcher told of every connection the client opens or loses (added before it connects)
     * @return the link, owning its client
     * @throws dev.multichat.api.StoreUnavailableException if no server answered within the timeout
     */
    public static RedisLink open(RedisTarget target, Duration timeout, String replayable,
                                 RedisConnectionStateListener watcher) {
        RedisErrors errors = new RedisErrors(target.redacted(), timeout);
        if (target.mode() == RedisTarget.Mode.CLUSTER) {
            RedisClusterClient client = RedisClusterClient.create(target.uris());
            client.setOptions(FailureSettings.cluster(timeout, replayable));
            client.addListener(watcher);
            try {
                StatefulRedisClusterConnection<String, String> connection = client.connect(StringCodec.UTF8);
                connectMasters(connection, timeout);
                return new RedisLink(new Connected(connection, connection.async(), client,
                        () -> client.connectPubSub(StringCodec.UTF8)), errors, timeout);
            } catch (RuntimeException e) {
                client.shutdown(Duration.ZERO, timeout);
                throw errors.map(e, "connecting to the cluster's seed nodes", "");
            }
        }
        RedisClient client = RedisClient.create();
        client.setOptions(FailureSettings.standalone(timeout, replayable));
        client.addListener(watcher);
        try {
            RedisURI uri = target.uris().get(0);
            StatefulRedisConnection<String, String> connection = client.connect(StringCodec.UTF8, uri);
            return new RedisLink(new Connected(connection, connection.async(), client,
                    () -> client.connectPubSub(StringCodec.UTF8, uri)), errors, timeout);
        } catch (RuntimeException e) {
            client.shutdown(Duration.ZERO, timeout);
            throw errors.map(e, "connecting", "");
        }
    }

    /**
     * Opens the connection to every live master now, waiting at most the timeout: Lettuce
     * connects to cluster nodes lazily, and with commands rejected while disconnected, the first
     * commands to a node still connecting would fail. Best effort: a master that does not answer
     * (or appears later, like a promoted replica) is connected on first use, and its first
     * commands may fail with StoreUnavailableException, as during any failover.
     */
    private static void connectMasters(StatefulRedisClusterConnection<String, String> connection, Duration timeout) {
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (RedisClusterNode node : connection.getPartitions()) {
            if (node.is(RedisClusterNode.NodeFlag.UPSTREAM) && !node.is(RedisClusterNode.NodeFlag.FAIL)
                    && !node.is(RedisClusterNode.NodeFlag.EVENTUAL_FAIL)) {
                pending.add(connection.getConnectionAsync(node.getUri().getHost(), node.getUri().getPort())
                        .toCompletableFuture().exceptionally(failure -> null));
            }
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // best effort, see above: the store opens; the node's first commands report the failure
        }
    }
}
