package dev.multichat.redis.testing;

/**
 * One server and one three-master cluster per test JVM, started on first use and stopped at
 * JVM exit, for fixtures that cannot use a JUnit extension (jqwik properties create their own
 * test instances). Give each store its own {@code prefix} so stores stay independent.
 */
public final class SharedRedis {
    private SharedRedis() {
    }

    /** @return the shared single server (started on first call) */
    public static RedisProcess single() {
        return Single.SERVER;
    }

    /** @return the shared three-master cluster without replicas (started on first call) */
    public static RedisClusterSetup cluster() {
        return Cluster.NODES;
    }

    private static <T extends RedisSetup> T stopAtExit(T setup) {
        Runtime.getRuntime().addShutdownHook(new Thread(setup::close));
        return setup;
    }

    /** Holder: started when first used. */
    private static final class Single {
        static final RedisProcess SERVER = stopAtExit(RedisProcess.start(false, "--save", ""));
    }

    /** Holder: started when first used. */
    private static final class Cluster {
        static final RedisClusterSetup NODES = stopAtExit(RedisClusterSetup.start(3, false));
    }
}
