package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreHealth;
import dev.multichat.redis.testing.RedisServerExtension;
import dev.multichat.redis.testing.SentinelSetup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis through Sentinel (a master, one replica, one sentinel): the store finds the master by
 * name, and when the master is killed and Sentinel promotes the replica, the same store carries
 * on; with {@code wait=1} no acknowledged append is lost.
 */
class SentinelTest {
    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.sentinel();

    @Test
    @DisplayName("the store follows a Sentinel failover and loses no append acknowledged with wait=1")
    void followsFailover() throws InterruptedException {
        SentinelSetup sentinel = REDIS.setup();
        try (SessionStore store = SessionStores.open(REDIS.uri().replace("#", "?prefix=sen&timeout=1s&wait=1#"))) {
            assertThat(store.health().status()).isEqualTo(StoreHealth.Status.UP);
            assertThat(store.health().details()).containsEntry("mode", "sentinel");
            List<SessionId> sessions = List.of(SessionId.of("a"), SessionId.of("b"));
            sessions.forEach(id -> store.create(NewSession.of(id.value(), "tester")));
            AppendLoad load = new AppendLoad(store, sessions);
            AppendLoad.awaitAtLeast(load::acknowledged, 100, "acknowledged appends before the kill");
            sentinel.master().kill();
            long killedAt = load.acknowledged();
            sentinel.awaitFailover();
            sentinel.master().restart();
            AppendLoad.awaitAtLeast(load::acknowledged, killedAt + 100, "appends after the failover");
            Map<SessionId, List<String>> acked = load.stop();
            for (SessionId id : sessions) {
                List<String> stored = store.read(id, MessageRange.all()).stream().map(ChatMessage::draft)
                        .map(d -> d.id()).toList();
                assertThat(stored).as("session %s after the failover", id).doesNotHaveDuplicates()
                        .containsAll(acked.get(id));
            }
        }
    }
}
