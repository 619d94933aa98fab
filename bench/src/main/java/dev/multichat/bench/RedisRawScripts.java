package dev.multichat.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The scripts the Redis benchmarks run raw, beside the store, to split an append's cost (a tail
 * is no script any more: {@code rawStoreRead} in {@link RedisBench} runs its two commands raw):
 * <ul>
 *   <li>{@link #FLOOR}: only the writes an append needs, no check: the message pushed, the
 *       session's state set, a TTL on each of those two keys, the owner-index entry moved, the
 *       change hint published (to a channel with one subscriber, as the store's is). What Redis
 *       must do for any one-round-trip append; the store's own script does more (reads the
 *       session, checks ids or the call's token and the version, returns the session).</li>
 *   <li>{@link #storeAppend()}: the store's own append script (the text the plugin loads from
 *       its jar), run on the store's keys with arguments prepared once, so the difference to the
 *       store's {@code append} is what the Java side adds.</li>
 * </ul>
 */
final class RedisRawScripts {
    /**
     * KEYS: a hash (the session's state), a list (its messages), a sorted set (an owner index;
     * in the session's slot, so the script runs on a cluster too). ARGV: now (ms), the message,
     * the session id, the channel. Returns the list's length.
     */
    static final String FLOOR = """
            local n = redis.call('RPUSH', KEYS[2], ARGV[2])
            redis.call('HSET', KEYS[1], 'u', ARGV[1], 'v', n, 'l', n)
            redis.call('PEXPIRE', KEYS[1], 86400000)
            redis.call('PEXPIRE', KEYS[2], 86400000)
            redis.call('ZADD', KEYS[3], -tonumber(ARGV[1]), ARGV[3])
            redis.call('PUBLISH', ARGV[4], ARGV[3])
            return n
            """;
    /** The channel {@link #FLOOR} publishes to; {@link RedisState} subscribes one connection to it. */
    static final String FLOOR_CHANNEL = "raw:chg";
    private static final String FOLDER = "/dev/multichat/redis/lua/";

    private RedisRawScripts() {
    }

    /** @return the store's append script, as the plugin loads it (the shared prelude, then the script) */
    static String storeAppend() {
        return resource("common") + resource("append");
    }

    /**
     * @param atMillis the message's time
     * @return {@link Payload#DRAFT} in the store's stored form (no message id, then its JSON)
     */
    static String storedDraft(long atMillis) {
        return "\n{\"at\":" + atMillis + ",\"a\":\"" + Payload.DRAFT.author() + "\",\"r\":\"" + Payload.DRAFT.role()
                + "\",\"c\":\"" + Payload.TEXT + "\",\"x\":{}}";
    }

    private static String resource(String name) {
        try (InputStream in = RedisRawScripts.class.getResourceAsStream(FOLDER + name + ".lua")) {
            if (in == null) {
                throw new IllegalStateException("the redis plugin's script " + name + ".lua is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
