package dev.multichat.adapter.testing;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.redis.testing.SharedRedis;
import java.nio.file.Path;

/**
 * The real stores the adapters' tests run on: a SQLite file, or a real {@code redis-server}
 * (plugin-redis's test support starts one per test JVM and kills it at exit).
 */
public enum Stores {
    /** {@code sqlite:dir/chats.db}. */
    SQLITE,
    /** The shared redis-server, with a key prefix of the test's own. */
    REDIS;

    /**
     * @param dir the test's own temporary directory: the same directory gives the same data (the
     *     same SQLite file, or the same Redis key prefix), so a second call is a reload through a
     *     new store instance
     * @return a new store instance on the test's data
     */
    public SessionStore open(Path dir) {
        return this == SQLITE ? sqlite(dir)
                : SessionStores.open(SharedRedis.single().uri() + "?prefix=" + prefix(dir));
    }

    /** @return a SQLite store on {@code dir/chats.db} (the same file each call, so a reopen sees it all) */
    public static SessionStore sqlite(Path dir) {
        return SessionStores.open("sqlite:" + dir.resolve("chats.db"));
    }

    /** @return a Redis key prefix unique to {@code dir} (temporary directories' names are unique) */
    private static String prefix(Path dir) {
        String name = dir.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return name.length() <= 64 ? name : name.substring(name.length() - 64);
    }
}
