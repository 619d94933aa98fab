package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.RedisServerExtension;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * kill -9 of redis-server (AOF, appendfsync always) under appends from four threads: every
 * acknowledged append is there after the restart, exactly once; every call made while the
 * server was down failed within its timeout; the same store instance carries on.
 */
class KillNineTest {
    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single("--appendonly", "yes",
            "--appendfsync", "always", "--save", "");
    private static final long TIMEOUT_MILLIS = 1_000;

    @Test
    @DisplayName("kill -9 under load loses no acknowledged append, fails calls within the timeout, and the store"
            + " continues after the restart")
    void killNineUnderLoad() throws InterruptedException {
        RedisProcess server = REDIS.setup();
        try (SessionStore store = SessionStores.open(REDIS.uri() + "?prefix=kill&timeout=" + TIMEOUT_MILLIS + "ms")) {
            List<SessionId> sessions = IntStream.range(0, 4).mapToObj(i -> SessionId.of("load-" + i)).toList();
            sessions.forEach(id -> store.create(NewSession.of(id.value(), "tester")));
            AppendLoad load = new AppendLoad(store, sessions);
            AppendLoad.awaitAtLeast(load::acknowledged, 200, "acknowledged appends before the kill");
            server.kill();
            AppendLoad.awaitAtLeast(load::failures, 8, "calls failing while the server is down");
            server.restart();
            long afterRestart = load.acknowledged();
            AppendLoad.awaitAtLeast(load::acknowledged, afterRestart + 200, "appends after the restart");
            Map<SessionId, List<String>> acked = load.stop();
            System.out.printf("kill -9 (AOF always): %d appends acknowledged, %d calls failed, the slowest"
                    + " failure took %d ms (timeout %d ms)%n", load.acknowledged(), load.failures(),
                    load.slowestFailureMillis(), TIMEOUT_MILLIS);

            assertThat(load.slowestFailureMillis()).as("the slowest failed call, ms")
                    .isLessThan(TIMEOUT_MILLIS + 1_500);
            for (SessionId id : sessions) {
                List<ChatMessage> stored = store.read(id, MessageRange.all());
                assertThat(stored).extracting(m -> m.draft().id()).as("session %s holds every acknowledged"
                        + " message once, in order", id).containsExactlyElementsOf(acked.get(id));
                assertThat(stored).extracting(ChatMessage::seq).containsExactlyElementsOf(
                        LongStream.rangeClosed(1, stored.size()).boxed().toList());
            }
        }
    }
}
