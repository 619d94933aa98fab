package dev.multichat.redis.internal.link;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;

/**
 * An open connection and what came with it.
 *
 * @param connection the shared connection
 * @param commands its asynchronous commands (single server and cluster alike)
 * @param ownedClient the client, when the store created it and must shut it down; null when
 *     the application passed its own
 */
public record Connected(StatefulConnection<String, String> connection,
                        RedisClusterAsyncCommands<String, String> commands, AbstractRedisClient ownedClient) {
}
