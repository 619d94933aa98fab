package dev.multichat.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreHealth;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.SharedRedis;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The durable tier (here a second, persistent redis-server, so it can be killed and restarted
 * with its data) goes down: writes fail with StoreUnavailableException, recent reads are served
 * from the fast tier, health says degraded and why; after a restart writes work again.
 */
class DurableTierDownTest {
    @Test
    void writesFailLoudlyReadsInTheWindowAreServedAndWritesRecover() {
        try (RedisProcess durable = RedisProcess.start(false, "--save", "", "--appendonly", "yes",
                "--appendfsync", "always")) {
            SessionStore store = HybridStoreProvider.builder()
                    .tiers(SharedRedis.single().uri() + "?prefix=durable-down", durable.uri() + "?timeout=300ms")
                    .open();
            try (store) {
                SessionId id = store.create(NewSession.of("chat", "owner")).id();
                for (int i = 0; i < 5; i++) {
                    store.append(id, List.of(MessageDraft.of(Role.USER, "u", "m" + i)));
                }
                List<ChatMessage> tail = store.tail(id, 3);
                durable.kill();

                assertThatThrownBy(() -> store.append(id, List.of(MessageDraft.of(Role.USER, "u", "lost"))))
                        .isInstanceOf(StoreUnavailableException.class);
                assertThat(store.tail(id, 3)).isEqualTo(tail);
                StoreHealth health = store.health();
                assertThat(health.status()).isEqualTo(StoreHealth.Status.DEGRADED);
                assertThat(health.detail()).contains("durable tier down");

                durable.restart();
                ChatMessage appended = appendWhenBack(store, id);
                assertThat(appended.seq()).isEqualTo(6);
                assertThat(store.tail(id, 1)).containsExactly(appended);
            }
        }
    }

    private static ChatMessage appendWhenBack(SessionStore store, SessionId id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return store.append(id, List.of(MessageDraft.of(Role.USER, "u", "after"))).messages().get(0);
            } catch (StoreUnavailableException e) {
                assertThat(System.nanoTime()).as("durable tier back within 30 s").isLessThan(deadline);
                LockSupport.parkNanos(50_000_000);
            }
        }
    }
}
