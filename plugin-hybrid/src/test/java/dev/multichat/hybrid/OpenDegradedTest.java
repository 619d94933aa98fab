package dev.multichat.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreHealth;
import dev.multichat.api.StoreReading;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.tck.support.ScratchDirectory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * A hybrid store opened while its fast tier's redis-server is not running opens degraded: reads
 * and writes go to the durable tier; once the server is back (restarted from its append-only
 * file, so with a copy and an epoch record older than writes made meanwhile, one of them made
 * behind the hybrid store's back, straight into the durable tier) the store starts using the
 * fast tier, with a new epoch, and serves nothing stale.
 */
class OpenDegradedTest {
    private static final ScratchDirectory SCRATCH = ScratchDirectory.create("multichat-hybrid-degraded");

    @Test
    void opensDegradedServesTheDurableTierAndUsesTheFastTierOnceItIsBack() {
        try (RedisProcess redis = RedisProcess.start(false, "--save", "", "--appendonly", "yes",
                "--appendfsync", "always")) {
            String durableUri = "sqlite:" + SCRATCH.fresh("degraded.db");
            String uri = HybridStoreProvider.builder().tiers(redis.uri() + "?timeout=300ms", durableUri)
                    .option("open-for", "200ms").option("min-calls", "3").uri();
            SessionId id;
            try (SessionStore before = SessionStores.open(uri)) {
                id = before.create(NewSession.of("chat", "owner")).id();
                append(before, id, "cached");
                assertThat(before.tail(id, 5)).extracting(ChatMessage::content).containsExactly("cached");
            }
            redis.kill();
            try (SessionStore durable = SessionStores.open(durableUri)) {
                append(durable, id, "behind its back");
            }
            try (SessionStore store = SessionStores.open(uri)) {
                StoreHealth health = store.health();
                assertThat(health.status()).isEqualTo(StoreHealth.Status.DEGRADED);
                assertThat(health.details().get("fast")).startsWith("DOWN: not connected");
                assertThat(health.details().get("circuit")).isEqualTo("OPEN");
                append(store, id, "while down");
                assertThat(store.tail(id, 5)).extracting(ChatMessage::content)
                        .containsExactly("cached", "behind its back", "while down");

                redis.restart();
                awaitClosed(store, id);
                List<ChatMessage> all = store.read(id, MessageRange.all());
                assertThat(store.tail(id, 3)).isEqualTo(all.subList(all.size() - 3, all.size()));
                double hits = reading(store, "fast.reads", "result", "hit");
                assertThat(store.tail(id, 3)).isEqualTo(all.subList(all.size() - 3, all.size()));
                assertThat(all.subList(0, 3)).extracting(ChatMessage::content)
                        .containsExactly("cached", "behind its back", "while down");
                assertThat(reading(store, "fast.reads", "result", "hit")).as("the tail came from the fast tier")
                        .isEqualTo(hits + 1);
                assertThat(reading(store, "fallbacks", "reason", "circuit.open")).isPositive();
                assertThat(store.health().status()).isEqualTo(StoreHealth.Status.UP);
            }
        }
    }

    private static ChatMessage append(SessionStore store, SessionId id, String text) {
        return store.append(id, List.of(MessageDraft.of(Role.USER, "u", text))).messages().get(0);
    }

    /** Appends and reads (each read checked against the append) until the circuit has closed. */
    private static void awaitClosed(SessionStore store, SessionId id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"CLOSED".equals(store.health().details().get("circuit"))) {
            assertThat(System.nanoTime()).as("circuit closed within 30 s").isLessThan(deadline);
            ChatMessage appended = append(store, id, "probe");
            assertThat(store.tail(id, 1)).containsExactly(appended);
            LockSupport.parkNanos(20_000_000);
        }
    }

    private static double reading(SessionStore store, String name, String tag, String value) {
        return store.readings().stream()
                .filter(r -> r.name().equals("multichat.hybrid." + name) && r.tags().equals(Map.of(tag, value)))
                .mapToDouble(StoreReading::value).findFirst().orElseThrow();
    }
}
