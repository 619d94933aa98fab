package dev.multichat.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreReading;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.Resp;
import dev.multichat.tck.support.ScratchDirectory;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The fast tier's redis-server restarts from an old snapshot while the hybrid store makes no
 * call at all (so no call fails): the snapshot holds the session's copy two appends behind and
 * the very epoch record the store knows. The store sees its fast tier's connections change
 * (the Redis plugin's {@code multichat.connection.changes} reading), draws a new epoch before
 * using the fast tier again, and its next tail holds every acknowledged message. (With the epoch
 * only re-read, and no failed call to trigger a renewal, that tail was the snapshot's: this test
 * failed before the store watched the connection changes. The server lists the reconnected
 * client a moment before the client's own connection events: a call racing one is refused as a
 * failed call, or the next call draws another epoch; either way the durable tier serves, so every
 * tail is checked and the copy is only required to serve again within 30 s.)
 */
class QuietRestartTest {
    private static final ScratchDirectory SCRATCH = ScratchDirectory.create("multichat-hybrid-quiet");

    @Test
    void aServerRestoredFromAnOldSnapshotBetweenTwoCallsIsNotTrusted() throws IOException {
        try (RedisProcess redis = RedisProcess.start(false, "--save", "")) {
            String uri = HybridStoreProvider.builder()
                    .tiers(redis.uri() + "?timeout=2s", "sqlite:" + SCRATCH.fresh("quiet.db")).uri();
            try (SessionStore store = SessionStores.open(uri)) {
                SessionId id = store.create(NewSession.of("chat", "owner")).id();
                List<ChatMessage> written = new ArrayList<>(append(store, id, 3));
                assertThat(store.tail(id, 10)).isEqualTo(written); // the miss fills the copy
                written.addAll(append(store, id, 1));
                assertThat(store.tail(id, 10)).isEqualTo(written);
                assertThat(Resp.once(redis.port(), "SAVE")).isEqualTo("OK");
                int clients = clients(redis);
                written.addAll(append(store, id, 2));
                double hits = reading(store, "fast.reads", Map.of("result", "hit"));
                assertThat(store.tail(id, 10)).isEqualTo(written);
                assertThat(reading(store, "fast.reads", Map.of("result", "hit"))).as("served by the copy")
                        .isEqualTo(hits + 1);

                redis.kill();
                redis.restart();
                awaitClients(redis, clients);
                assertThat(store.tail(id, 10)).as("every acknowledged message, not the snapshot's copy")
                        .isEqualTo(written);
                written.addAll(append(store, id, 1));
                awaitServedByTheCopy(store, id, written);
            }
        }
    }

    private static List<ChatMessage> append(SessionStore store, SessionId id, int count) {
        List<ChatMessage> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            written.addAll(store.append(id, List.of(MessageDraft.of(Role.USER, "me", "m" + i))).messages());
        }
        return written;
    }

    /** @return the server's client connections, this probe's own included */
    private static int clients(RedisProcess redis) throws IOException {
        return String.valueOf(Resp.once(redis.port(), "CLIENT", "LIST")).strip().split("\n").length;
    }

    /** Waits until the store's client has reconnected (as many connections as before the restart). */
    private static void awaitClients(RedisProcess redis, int expected) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (clients(redis) < expected) {
            assertThat(System.nanoTime()).as("the store reconnected within 30 s").isLessThan(deadline);
            LockSupport.parkNanos(20_000_000);
        }
    }

    /** Tails (each checked) until one is served by the copy again: every connection event has been seen. */
    private static void awaitServedByTheCopy(SessionStore store, SessionId id, List<ChatMessage> written) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            double hits = reading(store, "fast.reads", Map.of("result", "hit"));
            assertThat(store.tail(id, 10)).isEqualTo(written);
            if (reading(store, "fast.reads", Map.of("result", "hit")) > hits) {
                return;
            }
            assertThat(System.nanoTime()).as("the copy serves again within 30 s").isLessThan(deadline);
            LockSupport.parkNanos(20_000_000);
        }
    }

    private static double reading(SessionStore store, String name, Map<String, String> tags) {
        return store.readings().stream().filter(r -> r.name().equals("multichat.hybrid." + name)
                && r.tags().equals(tags)).mapToDouble(StoreReading::value).findFirst().orElseThrow();
    }
}
