package dev.multichat.redis.testing;

/** A running Redis set-up (one server, a cluster, or Sentinel with its servers). */
public interface RedisSetup extends AutoCloseable {
    /** @return a store URI reaching it, without options, e.g. {@code redis://127.0.0.1:6379} */
    String uri();

    /** Stops every process of the set-up and deletes their directories. */
    @Override
    void close();
}
