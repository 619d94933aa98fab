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
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.tck.support.ScratchDirectory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The fast tier's circuit: with the redis-server killed, calls keep succeeding on the durable
 * tier until the circuit opens (health DEGRADED, circuit OPEN); after a restart it half-opens and
 * closes again (health UP), and reads are correct throughout.
 */
class CircuitTest {
    private static final ScratchDirectory SCRATCH = ScratchDirectory.create("multichat-hybrid-circuit");

    @Test
    void circuitOpensWhileTheFastTierIsDownAndClosesAfterItReturns() {
        try (RedisProcess redis = RedisProcess.start(false, "--save", "")) {
            String uri = HybridStoreProvider.builder()
                    .tiers(redis.uri() + "?timeout=300ms", "sqlite:" + SCRATCH.fresh("circuit.db"))
                    .option("open-for", "300ms").option("min-calls", "3").uri();
            try (SessionStore store = SessionStores.open(uri)) {
                SessionId id = store.create(NewSession.of("chat", "owner")).id();
                store.append(id, List.of(MessageDraft.of(Role.USER, "u", "first")));
                appendAndReadUntil(store, id, "CLOSED"); // under load the first connect may time out: opened degraded
                StoreHealth before = store.health();
                assertThat(before.status()).as("%s", before).isEqualTo(StoreHealth.Status.UP);
                redis.kill();
                appendAndReadUntil(store, id, "OPEN");
                assertThat(store.health().status()).isEqualTo(StoreHealth.Status.DEGRADED);
                assertThat(store.health().detail()).contains("fast tier unavailable");
                redis.restart();
                appendAndReadUntil(store, id, "CLOSED");
                assertThat(store.health().status()).isEqualTo(StoreHealth.Status.UP);
                List<ChatMessage> all = store.read(id, MessageRange.all());
                assertThat(store.tail(id, 3)).isEqualTo(all.subList(all.size() - 3, all.size()));
            }
        }
    }

    private static void appendAndReadUntil(SessionStore store, SessionId id, String circuit) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!circuit.equals(store.health().details().get("circuit"))) {
            assertThat(System.nanoTime()).as("circuit " + circuit + " within 30 s").isLessThan(deadline);
            ChatMessage appended = store.append(id, List.of(MessageDraft.of(Role.USER, "u", "m"))).messages().get(0);
            assertThat(store.tail(id, 1)).containsExactly(appended);
            LockSupport.parkNanos(20_000_000);
        }
    }
}
