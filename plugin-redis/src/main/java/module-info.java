/**
 * The Redis stores ({@code redis:}, {@code rediss:}, {@code redis-sentinel:}, {@code rediss-sentinel:},
 * {@code redis-cluster:}, {@code rediss-cluster:}), served to {@code dev.multichat.core} as
 * {@link dev.multichat.spi.StoreProvider}s. {@code dev.multichat.redis} is exported for
 * {@code RedisClientStoreProvider}, whose methods take the application's Lettuce client, so
 * Lettuce (the automatic module {@code lettuce.core}) is required transitively.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.multichat.redis {
    requires transitive dev.multichat.core;
    requires transitive lettuce.core;
    requires com.fasterxml.jackson.core;
    requires org.slf4j;

    exports dev.multichat.redis;

    provides dev.multichat.spi.StoreProvider with
            dev.multichat.redis.RedisStoreProvider,
            dev.multichat.redis.RedissStoreProvider,
            dev.multichat.redis.RedisSentinelStoreProvider,
            dev.multichat.redis.RedissSentinelStoreProvider,
            dev.multichat.redis.RedisClusterStoreProvider,
            dev.multichat.redis.RedissClusterStoreProvider;
}
