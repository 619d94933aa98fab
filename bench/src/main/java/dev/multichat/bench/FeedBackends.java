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

    /**
     * @param backend memory, sqlite, json, redis or postgres
     * @param dir the trial's data directory
     * @return the store's URI (a server is started for redis and postgres)
     */
    String uri(String backend, Path dir) {
        switch (backend) {
            case "memory":
                return "memory:";
            case "sqlite":
                return "sqlite:" + dir.resolve("feed.db");
            case "json":
                return "json:" + dir + "?sweep=off";
            case "redis":
                redis = RedisProcess.start(false, "--save", "");
                return redis.uri() + "?prefix=feed&timeout=5s";
            case "postgres":
                postgres = PgServer.start(dir, "on");
                return PgServer.uri(postgres);
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
