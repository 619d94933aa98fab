package dev.multichat.redis.internal.link;

import dev.multichat.api.StoreException;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.CommandOutput;
import io.lettuce.core.output.NestedMultiOutput;
import io.lettuce.core.protocol.CommandType;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The one shared, thread-safe connection a store uses (Lettuce multiplexes every thread's
 * commands over it; a pool would only add connections that Redis, single-threaded per shard,
 * serves one after another). Waits for each command at most a little longer than the command
 * timeout Lettuce enforces, so no call ever hangs.
 */
public final class RedisLink implements AutoCloseable {
    private static final long BACKSTOP_MILLIS = 1_000;

    private final AbstractRedisClient client;
    private final StatefulConnection<String, String> connection;
    private final RedisClusterAsyncCommands<String, String> commands;
    private final RedisErrors errors;
    private final Duration timeout;
    private final Supplier<StatefulRedisPubSubConnection<String, String>> pubSub;

    /**
     * @param parts the connection, its commands and, if the store owns it, the client
     * @param errors how failures are reported
     * @param timeout the command timeout
     */
    public RedisLink(Connected parts, RedisErrors errors, Duration timeout) {
        this.client = parts.ownedClient();
        this.connection = parts.connection();
        this.commands = parts.commands();
        this.errors = errors;
        this.timeout = timeout;
        this.pubSub = parts.pubSub();
    }

    /** @return a new publish/subscribe connection from the same client to the same place; the caller closes it */
    public StatefulRedisPubSubConnection<String, String> openPubSub() {
        return pubSub.get();
    }

    /** @return the asynchronous commands of the shared connection */
    public RedisClusterAsyncCommands<String, String> commands() {
        return commands;
    }

    /** @return the shared connection */
    public StatefulConnection<String, String> connection() {
        return connection;
    }

    /** @return whether this is a cluster connection (keys of different slots live on different nodes) */
    public boolean sharded() {
        return connection instanceof StatefulRedisClusterConnection;
    }

    /** @return how failures are reported */
    public RedisErrors errors() {
        return errors;
    }

    /**
     * Waits for a command.
     *
     * @param future the command
     * @param what the operation, for messages
     * @param key the key it touched, for messages
     * @param <T> the result type
     * @return the result
     * @throws StoreException mapped by {@link RedisErrors}
     */
    public <T> T await(RedisFuture<T> future, String what, String key) {
        try {
            return future.get(timeout.toMillis() + BACKSTOP_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.map(e, what + " (interrupted)", key);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw errors.map(e, what, key);
        }
    }

    /**
     * Runs a script by SHA; if the server does not know it ({@code NOSCRIPT}: restarted, failed
     * over, {@code SCRIPT FLUSH}), sends its text once, which also loads it again.
     *
     * @param script the script
     * @param keys its keys (one slot)
     * @param args its arguments
     * @return the reply, decoded as for {@link ScriptOutputType#MULTI}: nested lists of strings and longs
     */
    public List<Object> eval(Script script, String[] keys, String... args) {
        return eval(script, keys, () -> new NestedMultiOutput<>(StringCodec.UTF8), args);
    }

    /**
     * {@link #eval(Script, String[], String...)} decoding the reply with an output of the caller's
     * choice (such as {@link BytesReply}, which leaves nested bulk strings as bytes).
     *
     * @param script the script
     * @param keys its keys (one slot)
     * @param reply makes the output that decodes the reply (one per attempt)
     * @param args its arguments
     * @param <T> the reply type
     * @return the reply
     */
    public <T> T eval(Script script, String[] keys, Supplier<? extends CommandOutput<String, String, T>> reply,
                      String... args) {
        String what = "running its " + script.name() + " script";
        try {
            return await(commands.dispatch(CommandType.EVALSHA, reply.get(), script.arguments(true, keys, args)),
                    what, keys[0]);
        } catch (StoreException e) {
            if (!(e.getCause() instanceof RedisNoScriptException)) {
                throw e;
            }
            return await(commands.dispatch(CommandType.EVAL, reply.get(), script.arguments(false, keys, args)),
                    what, keys[0]);
        }
    }

    /** Closes the connection, and the client if the store created it. */
    @Override
    public void close() {
        connection.close();
        if (client != null) {
            client.shutdown(Duration.ZERO, timeout);
        }
    }
}
