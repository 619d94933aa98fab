package dev.multichat.redis.internal.link;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.function.Supplier;

/**
 * An open connection and what came with it.
 *
 * @param connection the shared connection
 * @param commands its asynchronous commands (single server and cluster alike)
 * @param ownedClient the client, when the store created it and must shut it down; null when
 *     the application passed its own
 * @param pubSub opens a publish/subscribe connection from the same client to the same place
 *     (for the change hints; on a cluster, a cluster pub/sub connection)
 */
public record Connected(StatefulConnection<String, String> connection,
                        RedisClusterAsyncCommands<String, String> commands, AbstractRedisClient ownedClient,
                        Supplier<StatefulRedisPubSubConnection<String, String>> pubSub) {
}
