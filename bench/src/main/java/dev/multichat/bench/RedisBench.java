package dev.multichat.bench;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import io.lettuce.core.ScriptOutputType;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Our Redis store against raw Lettuce on the same server in the same run: append of one message
 * (one Lua script) beside {@code EVALSHA} of a trivial script, and tail(20) (one script reading
 * 20 fields) beside a plain {@code LRANGE} of 20. To split the append's cost, two more raw
 * {@code EVALSHA}s (see {@link RedisRawScripts}): the floor (only the writes an append needs)
 * and the store's own append script with arguments prepared once (the store minus its Java
 * side). To split the tail's cost, the store's own read script run raw ({@code rawStoreRead}).
 * Subclasses set the thread count.
 */
public abstract class RedisBench extends QuickProfile {
    /**
     * @param redis the trial's store
     * @param s this thread's session
     * @return the acknowledgement
     */
    @Benchmark
    public Appended append1(RedisState redis, RedisSession s) {
        return redis.store.append(s.id, Payload.ONE);
    }

    /**
     * @param redis the trial's store
     * @param s this thread's session
     * @return the newest 20 messages
     */
    @Benchmark
    public List<ChatMessage> tail20(RedisState redis, RedisSession s) {
        return redis.store.tail(s.id, 20);
    }

    /**
     * @param redis the trial's raw connection
     * @param s this thread's keys
     * @return the script's reply
     */
    @Benchmark
    public Long rawEvalsha(RedisState redis, RedisSession s) {
        return redis.raw.evalsha(redis.trivialSha, ScriptOutputType.INTEGER, s.rawKey);
    }

    /**
     * @param redis the trial's raw connection
     * @param s this thread's keys
     * @return the 20 entries
     */
    @Benchmark
    public List<String> rawLrange20(RedisState redis, RedisSession s) {
        return redis.raw.lrange(s.rawList, 0, 19);
    }

    /**
     * @param redis the trial's raw connection
     * @param s this thread's floor keys
     * @return the script's reply
     */
    @Benchmark
    public Long rawFloorAppend(RedisState redis, RedisSession s) {
        return redis.raw.evalsha(redis.floorSha, ScriptOutputType.INTEGER, s.floorKeys, s.floorArgs());
    }

    /**
     * @param redis the trial's raw connection
     * @param s this thread's session keys
     * @return the script's reply
     */
    @Benchmark
    public List<Object> rawStoreScript(RedisState redis, RedisSession s) {
        return redis.raw.evalsha(redis.appendSha, ScriptOutputType.MULTI, s.storeKeys, s.appendArgs());
    }

    /**
     * @param redis the trial's raw connection
     * @param s this thread's keys
     * @return the script's reply: status, first seq, the 20 newest messages as stored
     */
    @Benchmark
    public List<Object> rawStoreRead(RedisState redis, RedisSession s) {
        return redis.raw.evalsha(redis.readSha, ScriptOutputType.MULTI, s.storeKeys, s.readArgs);
    }
}
