package dev.multichat.redis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Redis Sentinel on loopback: a master, one replica and one sentinel (quorum 1, a master is
 * declared down after 2 s), ready once the sentinel reports the master and its replica.
 */
public final class SentinelSetup implements RedisSetup {
    /** The name the sentinel monitors the master under. */
    public static final String MASTER_NAME = "mymaster";
    private final RedisProcess master;
    private final RedisProcess replica;
    private final RedisProcess sentinel;

    private SentinelSetup(RedisProcess master, RedisProcess replica, RedisProcess sentinel) {
        this.master = master;
        this.replica = replica;
        this.sentinel = sentinel;
    }

    /**
     * @param args extra configuration for the master and the replica
     * @return the set-up, ready
     */
    public static SentinelSetup start(String... args) {
        RedisProcess master = RedisProcess.start(false, args);
        RedisProcess replica = null;
        try {
            String[] replicaArgs = java.util.stream.Stream.concat(java.util.stream.Stream.of(args),
                    java.util.stream.Stream.of("--replicaof", "127.0.0.1", Integer.toString(master.port())))
                    .toArray(String[]::new);
            replica = RedisProcess.start(false, replicaArgs);
            RedisProcess ready = replica;
            Await.until(() -> String.valueOf(Resp.once(ready.port(), "INFO", "replication"))
                    .contains("master_link_status:up"));
            Path config = configFile("sentinel monitor " + MASTER_NAME + " 127.0.0.1 " + master.port()
                    + " 1\nsentinel down-after-milliseconds " + MASTER_NAME + " 2000\nsentinel failover-timeout "
                    + MASTER_NAME + " 10000\n");
            RedisProcess sentinel = RedisProcess.start(false, config.toString(), "--sentinel");
            Await.until(() -> String.valueOf(Resp.once(sentinel.port(), "SENTINEL", "REPLICAS",
                    MASTER_NAME)).contains(Integer.toString(ready.port())));
            return new SentinelSetup(master, replica, sentinel);
        } catch (RuntimeException e) {
            master.close();
            if (replica != null) {
                replica.close();
            }
            throw e;
        }
    }

    /** @return {@code redis-sentinel://127.0.0.1:<sentinel port>#mymaster} */
    @Override
    public String uri() {
        return "redis-sentinel://127.0.0.1:" + sentinel.port() + "#" + MASTER_NAME;
    }

    /** Waits until the sentinel names the replica it started with as the master. */
    public void awaitFailover() {
        Await.until(() -> String.valueOf(Resp.once(sentinel.port(), "SENTINEL", "GET-MASTER-ADDR-BY-NAME",
                MASTER_NAME)).contains(Integer.toString(replica.port())));
    }

    /** @return the master it started with */
    public RedisProcess master() {
        return master;
    }

    /** @return the replica it started with */
    public RedisProcess replica() {
        return replica;
    }

    private static Path configFile(String text) {
        try {
            Path file = Files.createTempFile("multichat-sentinel-", ".conf");
            file.toFile().deleteOnExit();
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sentinel's config file", e);
        }
    }

    @Override
    public void close() {
        sentinel.close();
        replica.close();
        master.close();
    }
}
