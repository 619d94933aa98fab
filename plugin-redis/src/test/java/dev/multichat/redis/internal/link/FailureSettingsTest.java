package dev.multichat.redis.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions.RefreshTrigger;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.Command;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Lettuce options really carry the failure settings, on a single server and on a cluster. */
class FailureSettingsTest {
    private static final Duration TIMEOUT = Duration.ofMillis(1500);

    @Test
    @DisplayName("commands are rejected while disconnected, queued within bounds, timed out, kept alive")
    void standalone() {
        ClientOptions options = FailureSettings.standalone(TIMEOUT, "abc");
        assertThat(options.getDisconnectedBehavior()).isEqualTo(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        assertThat(options.getRequestQueueSize()).isEqualTo(FailureSettings.REQUEST_QUEUE);
        assertThat(options.getTimeoutOptions().getSource().getTimeout(null)).isEqualTo(TIMEOUT.toNanos());
        assertThat(options.getSocketOptions().isKeepAlive()).isTrue();
        assertThat(options.getSocketOptions().getTcpUserTimeout().isEnabled())
                .isEqualTo(FailureSettings.nativeTransport());
        assertThat(options.getReplayFilter()).isNotSameAs(ClientOptions.DEFAULT_REPLAY_FILTER);
    }

    @Test
    @DisplayName("a cluster also refreshes its topology periodically and adaptively, and keeps the replay filter")
    void cluster() {
        ClusterClientOptions options = FailureSettings.cluster(TIMEOUT, "abc");
        assertThat(options.getDisconnectedBehavior()).isEqualTo(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        assertThat(options.getTopologyRefreshOptions().isPeriodicRefreshEnabled()).isTrue();
        assertThat(options.getTopologyRefreshOptions().getAdaptiveRefreshTriggers())
                .contains(RefreshTrigger.MOVED_REDIRECT, RefreshTrigger.PERSISTENT_RECONNECTS);
        assertThat(options.getReplayFilter()).isNotSameAs(ClientOptions.DEFAULT_REPLAY_FILTER);
    }

    @Test
    @DisplayName("after a reconnect only reads and the append-with-ids script are replayed")
    void replayFilter() {
        var filter = FailureSettings.notReplayable("sha-with-ids");
        assertThat(filter.test(command(CommandType.EVALSHA, "sha-with-ids"))).as("append with ids").isFalse();
        assertThat(filter.test(command(CommandType.EVALSHA, "sha-of-update"))).as("another script").isTrue();
        assertThat(filter.test(command(CommandType.HGETALL, "key"))).as("a read").isFalse();
    }

    private static Command<String, String, String> command(CommandType type, String first) {
        return new Command<>(type, new StatusOutput<>(StringCodec.UTF8),
                new CommandArgs<>(StringCodec.UTF8).add(first));
    }
}
