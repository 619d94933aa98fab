package dev.multichat.redis.internal.link;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.protocol.CommandType;
import io.lettuce.core.protocol.RedisCommand;
import io.lettuce.core.resource.EpollProvider;
import io.lettuce.core.resource.IOUringProvider;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Lettuce configured for failure instead of its defaults (which queue commands without bound
 * while disconnected and wait 60 s): every command times out after the store's timeout,
 * commands issued while disconnected are rejected at once, the request queue is bounded, TCP
 * keep-alive and {@code TCP_USER_TIMEOUT} detect a peer that vanished without a reset (where
 * the native epoll or io_uring transport is on the classpath; NIO gets plain keep-alive), and a
 * cluster's topology is refreshed periodically and on every sign of change.
 *
 * <p>With {@code REJECT_COMMANDS}, Lettuce (7.7) fails the commands in flight when a connection
 * drops instead of re-sending them: the call fails with
 * {@link dev.multichat.api.StoreUnavailableException}. The replay filter set here matters only on
 * an application's client that accepts commands while disconnected, and there only for commands
 * written while disconnected (Lettuce does not filter the ones in flight, which it re-sends):
 * it lets through reads and the append script of batches whose every draft has an id. Every
 * append is safe to run twice anyway (message ids, or the call's token for a batch without ids).
 */
public final class FailureSettings {
    /** Most commands waiting on one connection before new ones are refused. */
    public static final int REQUEST_QUEUE = 10_000;
    /** How often a cluster's topology is re-read even when nothing signalled a change. */
    public static final Duration TOPOLOGY_PERIOD = Duration.ofSeconds(15);
    private static final Duration KEEPALIVE_IDLE = Duration.ofSeconds(5);
    private static final Duration KEEPALIVE_INTERVAL = Duration.ofSeconds(2);
    private static final int KEEPALIVE_PROBES = 3;
    private static final Duration USER_TIMEOUT_FLOOR = Duration.ofSeconds(10);
    private static final Duration ADAPTIVE_RATE = Duration.ofSeconds(1);

    private FailureSettings() {
    }

    /**
     * @param timeout the command timeout
     * @param replayable the SHA of the one script whose replay is harmless
     * @return options for a single server or Sentinel
     */
    public static ClientOptions standalone(Duration timeout, String replayable) {
        return ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .requestQueueSize(REQUEST_QUEUE)
                .timeoutOptions(TimeoutOptions.builder().fixedTimeout(timeout).timeoutCommands(true).build())
                .socketOptions(socket(timeout))
                .replayFilter(notReplayable(replayable))
                .build();
    }

    /**
     * @param timeout the command timeout
     * @param replayable the SHA of the one script whose replay is harmless
     * @return options for a cluster: those of {@link #standalone} plus topology refresh
     */
    public static ClusterClientOptions cluster(Duration timeout, String replayable) {
        // Every adaptive trigger (MOVED, ASK, persistent reconnects, uncovered slot, unknown node)
        // is on by default in Lettuce 7; the rate limit and the periodic refresh are set here.
        ClusterTopologyRefreshOptions refresh = ClusterTopologyRefreshOptions.builder()
                .enablePeriodicRefresh(TOPOLOGY_PERIOD)
                .adaptiveRefreshTriggersTimeout(ADAPTIVE_RATE)
                .closeStaleConnections(true)
                .build();
        ClusterClientOptions.Builder cluster = ClusterClientOptions.builder(standalone(timeout, replayable))
                .topologyRefreshOptions(refresh);
        // The copy constructor does not carry the replay filter over, and the cluster builder's
        // inherited setter returns the base type: set it on the same builder object.
        cluster.replayFilter(notReplayable(replayable));
        return cluster.build();
    }

    private static SocketOptions socket(Duration timeout) {
        Duration userTimeout = timeout.compareTo(USER_TIMEOUT_FLOOR) > 0 ? timeout : USER_TIMEOUT_FLOOR;
        return SocketOptions.builder()
                .connectTimeout(timeout)
                .keepAlive(SocketOptions.KeepAliveOptions.builder().enable().idle(KEEPALIVE_IDLE)
                        .interval(KEEPALIVE_INTERVAL).count(KEEPALIVE_PROBES).build())
                .tcpUserTimeout(SocketOptions.TcpUserTimeoutOptions.builder().enable(nativeTransport())
                        .tcpUserTimeout(userTimeout).build())
                .build();
    }

    /** @return whether Lettuce runs on epoll or io_uring, which can set {@code TCP_USER_TIMEOUT} */
    public static boolean nativeTransport() {
        return EpollProvider.isAvailable() || IOUringProvider.isAvailable();
    }

    /**
     * @param replayable the SHA of the append script for batches where every draft has an id
     * @return true (do not replay) for every script call except that one
     */
    static Predicate<RedisCommand<?, ?, ?>> notReplayable(String replayable) {
        return command -> {
            boolean script = command.getType() == CommandType.EVALSHA || command.getType() == CommandType.EVAL;
            return script && (command.getArgs() == null
                    || !command.getArgs().toCommandString().contains(replayable));
        };
    }
}
