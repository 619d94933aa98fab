package dev.multichat.redis.internal.link;

import dev.multichat.api.StoreUnavailableException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import java.time.Duration;

/**
 * The {@code wait=N} option: after a write, {@code WAIT N} on the connection that carried it
 * (on a cluster, the connection to the master of the key's slot), so the write is acknowledged
 * only once N replicas have it. Redis still replicates asynchronously: this narrows, and for a
 * failover that promotes one of those replicas closes, the window in which an acknowledged
 * write can be lost; it is not a consensus commit.
 *
 * @param replicas N, 0 for off
 * @param timeout how long to wait for them
 */
public record Replication(int replicas, Duration timeout) {
    /**
     * @param link the connection
     * @param key a key the write touched
     * @param what the operation, for messages
     * @throws StoreUnavailableException if fewer than N replicas acknowledged within the timeout
     */
    public void await(RedisLink link, String key, String what) {
        if (replicas == 0) {
            return;
        }
        RedisFuture<Long> acked;
        if (link.connection() instanceof StatefulRedisClusterConnection<String, String> cluster) {
            RedisClusterNode node = cluster.getPartitions().getPartitionBySlot(SlotHash.getSlot(key));
            acked = cluster.getConnection(node.getUri().getHost(), node.getUri().getPort()).async()
                    .waitForReplication(replicas, timeout.toMillis());
        } else {
            acked = link.commands().waitForReplication(replicas, timeout.toMillis());
        }
        long count = link.await(acked, what + " (waiting for " + replicas + " replicas)", key);
        if (count < replicas) {
            throw new StoreUnavailableException("redis at " + link.errors().where() + ": " + what + " is stored on"
                    + " the master but only " + count + " of " + replicas + " replicas confirmed it within "
                    + timeout.toMillis() + " ms, so a failover could lose it; retry (appends with the same message"
                    + " ids are returned, not stored twice) or lower wait=");
        }
    }
}
