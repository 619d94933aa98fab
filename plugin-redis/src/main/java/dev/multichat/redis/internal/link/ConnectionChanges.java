package dev.multichat.redis.internal.link;

import dev.multichat.api.StoreReading;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts every data connection the store's Lettuce client opened or lost (the shared connection
 * and a cluster's node connections; not the pub/sub connection, which carries only hints and
 * opens later than the others, while a restarted server drops the data connection too),
 * published as the reading
 * {@value #READING}. Lettuce calls these listeners on the connection's event-loop thread while
 * it handles the channel becoming active or inactive, before a reply read on a new connection
 * completes its command: a caller that reads the count before and after a command and sees it
 * unchanged knows the reply came from the connection that was open before, so the server did
 * not restart (from a snapshot, or empty) in between. A cache in front of a durable store
 * (plugin-hybrid) uses this to re-validate what it cached only when a connection changed.
 * Thread-safe.
 */
public final class ConnectionChanges implements RedisConnectionStateListener {
    /** The reading's name: data connections opened or lost by this store's client since it opened. */
    public static final String READING = "multichat.connection.changes";
    private final AtomicLong changes = new AtomicLong();

    @Override
    public void onRedisConnected(RedisChannelHandler<?, ?> connection, SocketAddress socketAddress) {
        count(connection);
    }

    @Override
    public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
        count(connection);
    }

    private void count(RedisChannelHandler<?, ?> connection) {
        if (!(connection instanceof StatefulRedisPubSubConnection)) {
            changes.incrementAndGet();
        }
    }

    /** @return the count as a counter reading (no tags) */
    public StoreReading reading() {
        return new StoreReading(READING, Map.of(), StoreReading.Kind.COUNTER, changes.get(),
                "data connections the store's client opened or lost since the store opened (a change means the"
                        + " server may have restarted)");
    }
}
