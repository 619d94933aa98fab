package dev.multichat.bench;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.ValueListOutput;
import io.lettuce.core.protocol.AsyncCommand;
import io.lettuce.core.protocol.Command;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Our Redis store against raw Lettuce on the same server in the same run: append of one message
 * (one Lua script) beside {@code EVALSHA} of a trivial script, and tail(20) (an {@code HMGET} and
 * an {@code LRANGE} in one write) beside a plain {@code LRANGE} of 20. To split the append's cost, two more raw
 * {@code EVALSHA}s (see {@link RedisRawScripts}): the floor (only the writes an append needs)
 * and the store's own append script with arguments prepared once (the store minus its Java
 * side). To split the tail's cost, the store's tail commands ({@code HMGET} + {@code LRANGE},
 * in one write) run by raw Lettuce ({@code rawStoreRead}).
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
     * The store's tail read done by raw Lettuce: {@code HMGET} of the session's lastSeq, trimmed
     * through and expiry, and {@code LRANGE -20 -1} of its messages list, handed to the raw
     * connection together (one write, one round trip, as the store does it) and both awaited, so
     * {@code tail20} against this is what the store's Java side adds, and this against
     * {@code rawLrange20} is what the second command costs: the floor of this design.
     *
     * @param redis the trial's raw connection
     * @param s this thread's session keys
     * @return the 20 newest messages as stored
     */
    @Benchmark
    public List<String> rawStoreRead(RedisState redis, RedisSession s) {
        AsyncCommand<String, String, List<String>> head = new AsyncCommand<>(new Command<>(CommandType.HMGET,
                new ValueListOutput<>(StringCodec.UTF8),
                new CommandArgs<>(StringCodec.UTF8).addKey(s.storeKeys[0]).add("l").add("f").add("e")));
        AsyncCommand<String, String, List<String>> tail = new AsyncCommand<>(new Command<>(CommandType.LRANGE,
                new ValueListOutput<>(StringCodec.UTF8),
                new CommandArgs<>(StringCodec.UTF8).addKey(s.storeKeys[1]).add(-20).add(-1)));
        redis.connection.dispatch(List.of(head, tail));
        head.join();
        return tail.join();
    }
}
