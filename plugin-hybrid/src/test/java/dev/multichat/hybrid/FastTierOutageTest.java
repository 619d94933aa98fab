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
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.tck.support.ScratchDirectory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The fast tier's redis-server is killed (SIGKILL) under writer threads and restarted with the
 * cached copies it held before (append-only file), so they are stale:
 * no acknowledged append is lost, no read is older than what was acknowledged before it, and
 * afterwards both instances read fresh data, including what the other instance wrote while the
 * fast tier was down.
 */
class FastTierOutageTest {
    private static final ScratchDirectory SCRATCH = ScratchDirectory.create("multichat-hybrid-outage");
    private static final int SESSIONS = 4;

    @Test
    void killedFastTierLosesNothingAndServesNothingStale() throws InterruptedException {
        try (RedisProcess redis = RedisProcess.start(false, "--save", "", "--appendonly", "yes",
                "--appendfsync", "always")) {
            String uri = HybridStoreProvider.builder()
                    .tiers(redis.uri() + "?timeout=300ms", "sqlite:" + SCRATCH.fresh("outage.db"))
                    .option("open-for", "500ms").option("window", "10").uri();
            try (SessionStore first = SessionStores.open(uri); SessionStore second = SessionStores.open(uri)) {
                List<SessionId> ids = IntStream.range(0, SESSIONS).mapToObj(i -> first.create(
                        NewSession.of("s" + i, "owner")).id()).toList();
                SessionId other = second.create(NewSession.of("other", "owner")).id();
                second.append(other, List.of(MessageDraft.of(Role.USER, "u", "before")));
                assertThat(first.tail(other, 5)).hasSize(1);
                OutageLoad load = new OutageLoad(first, ids);
                List<Thread> threads = load.start();
                awaitGrowth(load, 20);
                redis.kill();
                awaitGrowth(load, 20);
                second.append(other, List.of(MessageDraft.of(Role.USER, "u", "during")));
                redis.restart();
                awaitGrowth(load, 40);
                load.stop(threads);

                assertThat(load.failures()).isEmpty();
                for (int i = 0; i < SESSIONS; i++) {
                    List<ChatMessage> all = first.read(ids.get(i), MessageRange.all());
                    assertThat(all).hasSize((int) load.acknowledged(i));
                    assertThat(first.tail(ids.get(i), 5)).isEqualTo(all.subList(all.size() - 5, all.size()));
                    assertThat(second.tail(ids.get(i), 5)).isEqualTo(all.subList(all.size() - 5, all.size()));
                }
                assertThat(first.tail(other, 5)).extracting(ChatMessage::content).containsExactly("before", "during");
            }
        }
    }

    private static void awaitGrowth(OutageLoad load, long more) {
        long[] start = IntStream.range(0, SESSIONS).mapToLong(load::acknowledged).toArray();
        await(() -> IntStream.range(0, SESSIONS).allMatch(i -> load.acknowledged(i) >= start[i] + more)
                || !load.failures().isEmpty());
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("deadline").isLessThan(deadline);
            LockSupport.parkNanos(10_000_000);
        }
    }
}
