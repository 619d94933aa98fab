package dev.multichat.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionListener;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreReading;
import dev.multichat.api.Subscription;
import dev.multichat.redis.testing.SharedRedis;
import dev.multichat.tck.support.ScratchDirectory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The hybrid store's change feed follows its durable tier's: a session followed on one instance
 * receives, in order and exactly once, the messages a second instance appends, and the delivery
 * came through the durable tier's own feed (the {@code durable.hints} reading grows).
 * (Without it the core's periodic check would deliver them too, later.)
 */
class ChangeFeedTest {
    private static final ScratchDirectory SCRATCH = ScratchDirectory.create("multichat-hybrid-feed");

    @Test
    void aSecondInstancesAppendsReachTheFirstInstancesFollowers() {
        String uri = HybridStoreProvider.builder()
                .tiers(SharedRedis.single().uri() + "?prefix=feed", "sqlite:" + SCRATCH.fresh("feed.db")).uri();
        try (SessionStore first = SessionStores.open(uri); SessionStore second = SessionStores.open(uri)) {
            SessionId id = first.create(NewSession.of("followed", "owner")).id();
            List<ChatMessage> received = new CopyOnWriteArrayList<>();
            SessionListener listener = received::addAll;
            try (Subscription subscription = first.followSession(id, 0, listener)) {
                await(() -> reading(first, "followed") == 1); // followed in the durable tier too
                List<ChatMessage> appended = List.of(append(second, id, "one"), append(second, id, "two"),
                        append(second, id, "three"));
                await(() -> received.size() >= appended.size());
                assertThat(received).isEqualTo(appended);
                await(() -> reading(first, "hints") > 0);
            }
        }
    }

    private static ChatMessage append(SessionStore store, SessionId id, String text) {
        return store.append(id, List.of(MessageDraft.of(Role.USER, "u", text))).messages().get(0);
    }

    private static double reading(SessionStore store, String name) {
        return store.readings().stream().filter(r -> r.name().equals("multichat.hybrid.durable." + name))
                .mapToDouble(StoreReading::value).findFirst().orElseThrow();
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 30 s").isLessThan(deadline);
            LockSupport.parkNanos(10_000_000);
        }
    }
}
