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
 * pub/sub connection per store, opened at start, subscribed to the store's {@link ChangeChannel}
 * only while something in the store is followed ({@link #wanted}; {@code SSUBSCRIBE} on a
 * cluster of Redis 7+, on the node serving the channel's slot when the store opened;
 * {@code SUBSCRIBE} otherwise). A store that follows nothing is not among the channel's
 * subscribers, so other stores' appends send it nothing (their scripts publish only when a store
 * besides themselves listens). The subscription is made before the first follower's first read,
 * waiting for the server's reply; if it fails, followers catch up at the feed's periodic check
 * until the store is next followed after a spell with no follower (logged once per failure).
 * After a failover moves the channel's slot, sharded hints stop until the store is reopened;
 * followers then catch up at the feed's periodic check. Each message is a session id, reported to
 * the sink; Lettuce re-subscribes after a reconnect, and hints sent while disconnected are lost,
 * which only delays followers until the feed's periodic check. If the connection cannot be opened
 * at start, the store runs without hints (logged once). Thread-safe.
 */
final class RedisChangeSignals implements ChangeSignals {
    private static final Logger LOG = LoggerFactory.getLogger(RedisChangeSignals.class);
    private final RedisLink link;
    private final ChangeChannel channel;
    private StatefulRedisPubSubConnection<String, String> connection;
    /** The connection the channel is subscribed on: the whole one, or on a cluster the slot's node's. */
    private StatefulRedisPubSubConnection<String, String> subscriber;

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
                subscriber = c.getConnection(node.getNodeId());
            } else {
                subscriber = connection;
            }
            subscriber.addListener(new Listener(sink));
        } catch (RuntimeException e) {
            LOG.warn("redis at {}: no change hints from other stores ({}); followers catch up at the feed's"
                    + " periodic check", link.errors().where(), e.getMessage());
        }
    }

    /**
     * Subscribes (waiting for the reply) when the store's first subscription starts; unsubscribes
     * (without waiting) when its last one ends.
     */
    @Override
    public synchronized void wanted(boolean followed) {
        if (subscriber == null) {
            return;
        }
        if (!followed) {
            channel.listening(false);
            var sent = channel.sharded() ? subscriber.async().sunsubscribe(channel.name())
                    : subscriber.async().unsubscribe(channel.name());
            sent.exceptionally(failure -> null);
            return;
        }
        try {
            link.await(channel.sharded() ? subscriber.async().ssubscribe(channel.name())
                    : subscriber.async().subscribe(channel.name()), "subscribing to change hints", "");
            channel.listening(true);
        } catch (RuntimeException e) {
            LOG.warn("redis at {}: no change hints from other stores while this store is followed ({}); followers"
                    + " catch up at the feed's periodic check", link.errors().where(), e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        channel.listening(false);
        subscriber = null;
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
