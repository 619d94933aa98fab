package dev.multichat.bench;

import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.RedisSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * The backends {@link FeedSetup} runs on, each opened by URI with its own data: memory, sqlite
 * and json in the trial's directory, redis and postgres on a server started for the trial (no
 * persistence for redis; PostgreSQL with synchronous_commit on). Each backend hints its
 * subscribers with whatever native signals it has; the core's periodic check covers the rest.
 */
final class FeedBackends implements AutoCloseable {
    private RedisSetup redis;
    private EmbeddedPostgres postgres;
    private int opened;

    /**
     * @param backend memory, sqlite, json, redis or postgres
     * @param dir the trial's data directory
     * @return the store's URI (a server is started for redis and postgres on the first call; later
     *     calls share it, each store with a key prefix or schema of its own)
     */
    String uri(String backend, Path dir) {
        opened++;
        switch (backend) {
            case "memory":
                return "memory:";
            case "sqlite":
                return "sqlite:" + dir.resolve("feed.db");
            case "json":
                return "json:" + dir + "?sweep=off";
            case "redis":
                if (redis == null) {
                    redis = RedisProcess.start(false, "--save", "");
                }
                return redis.uri() + "?prefix=feed" + opened + "&timeout=5s";
            case "postgres":
                if (postgres == null) {
                    postgres = PgServer.start(dir, "on");
                }
                return PgServer.uri(postgres) + "&schema=feed" + opened;
            default:
                throw new IllegalArgumentException("unknown backend " + backend);
        }
    }

    /** Stops the server started, if any. */
    @Override
    public void close() {
        if (redis != null) {
            redis.close();
        }
        if (postgres != null) {
            PgServer.stop(postgres);
        }
    }
}
