package dev.multichat.redis.internal;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionId;
import dev.multichat.redis.internal.link.ChangeChannel;
import dev.multichat.redis.internal.link.RedisLink;
import dev.multichat.spi.ChangeSignals;
import dev.multichat.spi.ChangeSink;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.cluster.pubsub.StatefulRedisClusterPubSubConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Change hints for the feed from other stores on the same keys (other app instances): one
 * pub/sub connection per store, subscribed to the store's {@link ChangeChannel}
 * ({@code SSUBSCRIBE} on a cluster of Redis 7+, on the node serving the channel's slot when the
 * store opened; {@code SUBSCRIBE} otherwise). After a failover moves that slot, sharded hints
 * stop until the store is reopened; followers then catch up at the feed's periodic check. Each message is a
 * session id, reported to the sink; Lettuce re-subscribes after a reconnect, and hints sent while
 * disconnected are lost, which only delays followers until the feed's periodic check. If the
 * connection cannot be opened at start, the store runs without hints (logged once). Thread-safe.
 */
final class RedisChangeSignals implements ChangeSignals {
    private static final Logger LOG = LoggerFactory.getLogger(RedisChangeSignals.class);
    private final RedisLink link;
    private final ChangeChannel channel;
    private StatefulRedisPubSubConnection<String, String> connection;

    RedisChangeSignals(RedisLink link, ChangeChannel channel) {
        this.link = link;
        this.channel = channel;
    }

    @Override
    public synchronized void start(ChangeSink sink) {
        try {
            connection = link.openPubSub();
            if (channel.sharded() && connection instanceof StatefulRedisClusterPubSubConnection<String, String> c) {
                // sharded pub/sub: subscribe on the node that serves the channel's slot
                RedisClusterNode node = c.getPartitions().getPartitionBySlot(SlotHash.getSlot(channel.name()));
                StatefulRedisPubSubConnection<String, String> shard = c.getConnection(node.getNodeId());
                shard.addListener(new Listener(sink));
                link.await(shard.async().ssubscribe(channel.name()), "subscribing to change hints", "");
            } else {
                connection.addListener(new Listener(sink));
                link.await(connection.async().subscribe(channel.name()), "subscribing to change hints", "");
            }
            channel.listening(true);
        } catch (RuntimeException e) {
            LOG.warn("redis at {}: no change hints from other stores ({}); followers catch up at the feed's"
                    + " periodic check", link.errors().where(), e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        channel.listening(false);
        if (connection != null) {
            connection.closeAsync();
            connection = null;
        }
    }

    /** Reports each hint; a message that is no session id re-checks every followed session. */
    private static final class Listener extends RedisPubSubAdapter<String, String> {
        private final ChangeSink sink;

        Listener(ChangeSink sink) {
            this.sink = sink;
        }

        @Override
        public void message(String channel, String message) {
            hint(message);
        }

        @Override
        public void smessage(String channel, String message) {
            hint(message);
        }

        private void hint(String message) {
            try {
                sink.changed(SessionId.of(message));
            } catch (InvalidInputException e) {
                sink.changedAnywhere();
            }
        }
    }
}
