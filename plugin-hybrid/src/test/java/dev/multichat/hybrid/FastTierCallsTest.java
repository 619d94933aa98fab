package dev.multichat.hybrid;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreReading;
import dev.multichat.redis.testing.SharedRedis;
import dev.multichat.tck.support.ScratchDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts the fast tier's calls with the hybrid store's own {@code tier.calls} reading (the fast
 * tier's core counts each operation it runs). On Redis, which counts its connection changes (so
 * the epoch record is not re-read on each call), a cached tail is one view of the copy (its stamp
 * and messages together) and an append one call (its messages and stamp in one
 * {@code appendStamped}, expecting the copy as this instance's last append left it), plus the
 * trim once per window of messages; the first append after a refill or a trim reads the copy
 * first (two calls). The copy never holds more than twice the window. On a fast tier
 * that does not count connection changes ({@code memory:}), each call re-reads the epoch record
 * first: a cached tail is two calls. Appends from two instances keep both instances' tails served
 * by the copy and equal to what was written.
 */
class FastTierCallsTest {
    private static final ScratchDirectory SCRATCH = ScratchDirectory.create("multichat-hybrid-calls");
    private static final AtomicLong STORES = new AtomicLong();
    private static final int WINDOW = 10;

    @Test
    void cachedTailIsOneFastCallAndAnAppendOne() {
        String uri = uri(prefix());
        try (SessionStore store = SessionStores.open(uri)) {
            SessionId id = store.create(NewSession.of("calls", "owner")).id();
            List<ChatMessage> written = append(store, id, 5);
            store.tail(id, 5); // the miss refills the copy
            double before = fastCalls(store);
            double hits = reading(store, "fast.reads", Map.of("result", "hit"));
            assertThat(store.tail(id, 5)).containsExactlyElementsOf(written);
            assertThat(fastCalls(store) - before).as("fast-tier calls of a cached tail").isEqualTo(1);
            assertThat(reading(store, "fast.reads", Map.of("result", "hit"))).isEqualTo(hits + 1);
            before = fastCalls(store);
            written.addAll(append(store, id, 1));
            assertThat(fastCalls(store) - before).as("fast-tier calls of the first append after a refill: find, append")
                    .isEqualTo(2);
            before = fastCalls(store);
            written.addAll(append(store, id, 1));
            assertThat(fastCalls(store) - before).as("fast-tier calls of the next append").isEqualTo(1);
            assertThat(store.tail(id, 7)).containsExactlyElementsOf(written);
            assertThat(reading(store, "fast.reads", Map.of("result", "hit"))).isEqualTo(hits + 2);
        }
    }

    @Test
    void aFullWindowIsTrimmedOncePerWindowOfMessages() {
        String prefix = prefix();
        try (SessionStore store = SessionStores.open(uri(prefix));
             SessionStore fast = SessionStores.open(fastUri(prefix))) {
            SessionId id = store.create(NewSession.of("trim", "owner")).id();
            List<ChatMessage> written = append(store, id, WINDOW);
            store.tail(id, WINDOW); // the miss refills the copy: the window is full from now on
            for (int round = 0; round < 3; round++) {
                double before = fastCalls(store);
                written.addAll(append(store, id, WINDOW));
                // one call per append, the trim (on the last append of each round here) and the
                // copy's find on the first append after the previous trim (or the refill)
                assertThat(fastCalls(store) - before).as("fast-tier calls of %d appends to a full window", WINDOW)
                        .isEqualTo(WINDOW + 2);
                assertThat(fast.read(id, MessageRange.all())).as("messages the copy holds").hasSizeLessThan(2 * WINDOW);
                double hits = reading(store, "fast.reads", Map.of("result", "hit"));
                assertThat(store.tail(id, WINDOW)).isEqualTo(written.subList(written.size() - WINDOW, written.size()));
                assertThat(reading(store, "fast.reads", Map.of("result", "hit"))).isEqualTo(hits + 1);
            }
        }
    }

    @Test
    void aFastTierThatCountsNoConnectionsHasItsEpochReadOnEachCall() {
        String prefix = prefix();
        String uri = HybridStoreProvider.builder().tiers("memory:" + prefix, "sqlite:" + SCRATCH.fresh(prefix + ".db"))
                .option("window", Integer.toString(WINDOW)).uri();
        try (SessionStore store = SessionStores.open(uri)) {
            SessionId id = store.create(NewSession.of("memory", "owner")).id();
            List<ChatMessage> written = append(store, id, 3);
            store.tail(id, 3);
            double before = fastCalls(store);
            assertThat(store.tail(id, 3)).isEqualTo(written);
            assertThat(fastCalls(store) - before).as("fast-tier calls of a cached tail: epoch, view").isEqualTo(2);
        }
    }

    @Test
    void anAppendAfterAnotherInstanceMovedTheCopyStillLands() {
        String uri = uri(prefix());
        try (SessionStore first = SessionStores.open(uri); SessionStore second = SessionStores.open(uri)) {
            SessionId id = first.create(NewSession.of("moved", "owner")).id();
            List<ChatMessage> written = append(first, id, 3);
            first.tail(id, 3); // the first instance fills the copy
            written.addAll(append(second, id, 2)); // the second moves it forward
            written.addAll(append(first, id, 2));
            double hits = reading(first, "fast.reads", Map.of("result", "hit"));
            assertThat(first.tail(id, 7)).containsExactlyElementsOf(written);
            assertThat(second.tail(id, 7)).containsExactlyElementsOf(written);
            assertThat(reading(first, "fast.reads", Map.of("result", "hit"))).as("served by the copy")
                    .isEqualTo(hits + 1);
        }
    }

    private static String prefix() {
        return "calls" + STORES.incrementAndGet() + "x" + System.nanoTime();
    }

    private static String uri(String prefix) {
        return HybridStoreProvider.builder().tiers(fastUri(prefix), "sqlite:" + SCRATCH.fresh(prefix + ".db"))
                .option("window", Integer.toString(WINDOW)).uri();
    }

    private static String fastUri(String prefix) {
        return SharedRedis.single().uri() + "?prefix=" + prefix;
    }

    private static List<ChatMessage> append(SessionStore store, SessionId id, int count) {
        List<ChatMessage> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            written.addAll(store.append(id, List.of(MessageDraft.of(Role.USER, "me", "message " + i))).messages());
        }
        return written;
    }

    private static double fastCalls(SessionStore store) {
        return reading(store, "tier.calls", Map.of("tier", "fast"));
    }

    private static double reading(SessionStore store, String name, Map<String, String> tags) {
        return store.readings().stream().filter(r -> r.name().equals("multichat.hybrid." + name)
                && r.tags().equals(tags)).mapToDouble(StoreReading::value).findFirst().orElseThrow();
    }
}
