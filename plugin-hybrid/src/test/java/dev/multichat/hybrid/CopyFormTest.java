package dev.multichat.hybrid;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreReading;
import dev.multichat.redis.testing.SharedRedis;
import dev.multichat.tck.support.MutableClock;
import dev.multichat.tck.support.ScratchDirectory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form a cached copy stores: its stamp is one metadata entry, and a message appended to the
 * copy keeps its durable time itself (the fast tier's clock is pinned to it), so one without an
 * id or attributes of its own is stored exactly as the durable tier returned it, and a tail
 * returns the durable messages, ids, times and attributes included. A fast tier that takes its
 * time from elsewhere gets the durable time in an attribute instead, and still serves the same
 * tail.
 */
class CopyFormTest {
    private static final ScratchDirectory SCRATCH = ScratchDirectory.create("multichat-hybrid-form");

    @Test
    void aCachedMessageKeepsItsDurableTimeWithoutAnAttribute() {
        String prefix = "form" + System.nanoTime();
        MutableClock clock = new MutableClock();
        String uri = HybridStoreProvider.builder().tiers(SharedRedis.single().uri() + "?prefix=" + prefix,
                "sqlite:" + SCRATCH.fresh(prefix + ".db")).uri();
        try (SessionStore store = SessionStores.open(StoreConfig.of(uri).withClock(clock));
             SessionStore fast = SessionStores.open(SharedRedis.single().uri() + "?prefix=" + prefix)) {
            SessionId id = store.create(NewSession.of("form", "owner")).id();
            List<ChatMessage> written = appendThree(store, id, clock);
            assertThat(store.tail(id, 3)).isEqualTo(written); // the miss refills the copy
            written.addAll(appendThree(store, id, clock)); // these move the copy forward
            assertThat(store.tail(id, 6)).isEqualTo(written);
            assertThat(store.read(id, MessageRange.after(2, 3))).isEqualTo(written.subList(2, 5));
            assertThat(hits(store)).as("tail and after-seq read served by the copy").isEqualTo(2);

            ChatSession copy = fast.find(id).orElseThrow();
            assertThat(copy.info().metadata()).as("the copy's stamp").containsOnlyKeys("hybrid.state");
            assertThat(copy.info().metadata().get("hybrid.state")).startsWith("ok;");
            List<ChatMessage> cached = fast.read(id, MessageRange.all());
            List<ChatMessage> moved = cached.subList(cached.size() - 3, cached.size());
            for (int i = 0; i < 3; i++) {
                assertThat(moved.get(i).at()).isEqualTo(written.get(3 + i).at());
                assertThat(moved.get(i).draft().attributes()).doesNotContainKey("hybrid.at");
            }
            assertThat(moved.get(0).draft()).as("a plain message is stored as it is").isEqualTo(written.get(3).draft());
            assertThat(moved.get(1).draft().attributes()).containsEntry("hybrid.id", written.get(4).draft().id());
            assertThat(cached.get(0).draft().attributes())
                    .as("refilled, older than the newest message's time").containsKey("hybrid.at");
            assertThat(cached.get(2).draft().attributes()).as("refilled, the newest message's time")
                    .doesNotContainKey("hybrid.at");
        }
    }

    @Test
    void aFastTierWithItsOwnClockGetsTheDurableTimeInAnAttribute() {
        String uri = HybridStoreProvider.builder().tiers("ownclock:", "sqlite:" + SCRATCH.fresh("own.db")).uri();
        try (SessionStore store = SessionStores.open(uri)) {
            SessionId id = store.create(NewSession.of("own", "owner")).id();
            MutableClock ticks = new MutableClock(); // moved by appendThree; this store keeps the system clock
            List<ChatMessage> written = appendThree(store, id, ticks);
            // the refill is caught (the fast tier stamped its own time): not committed, read through
            assertThat(store.tail(id, 3)).isEqualTo(written);
            written.addAll(appendThree(store, id, ticks));
            assertThat(store.tail(id, 6)).isEqualTo(written); // refilled, the time in an attribute
            written.addAll(appendThree(store, id, ticks));
            double before = hits(store);
            assertThat(store.tail(id, 9)).isEqualTo(written);
            assertThat(hits(store)).as("served by the copy").isEqualTo(before + 1);
        }
    }

    /** @return a plain message, one with an id, one with attributes; the clock moves a second before each */
    private static List<ChatMessage> appendThree(SessionStore store, SessionId id, MutableClock clock) {
        List<MessageDraft> drafts = List.of(MessageDraft.of(Role.USER, "me", "plain"),
                MessageDraft.of(Role.ASSISTANT, "agent", "with id").withId("m-" + System.nanoTime()),
                MessageDraft.of(Role.TOOL, "tool", "with attributes").withAttributes(Map.of("tokens", "12")));
        List<ChatMessage> written = new ArrayList<>();
        for (MessageDraft draft : drafts) {
            clock.advance(Duration.ofSeconds(1));
            written.addAll(store.append(id, List.of(draft)).messages());
        }
        return written;
    }

    private static double hits(SessionStore store) {
        return store.readings().stream().filter(r -> r.name().equals("multichat.hybrid.fast.reads")
                && r.tags().equals(Map.of("result", "hit"))).mapToDouble(StoreReading::value).findFirst().orElseThrow();
    }
}
