package dev.multichat.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bounded delivery pool still lets no listener hold up another: with as many blocked
 * listeners as the pool has threads, the pool grows and a healthy follower is served.
 */
class DeliveryPoolTest {
    private static final long WAIT_S = 30;
    /** Longer than the test waits for the healthy follower: the blockers hold on until released. */
    private static final long BLOCK_S = 4 * WAIT_S;

    @Test
    @DisplayName("listeners blocking every delivery thread do not keep a healthy follower from its messages")
    void blockedListenersHoldUpNoOne() throws InterruptedException {
        int blockers = DeliveryPool.baseSize();
        CountDownLatch entered = new CountDownLatch(blockers);
        CountDownLatch release = new CountDownLatch(1);
        BlockingQueue<Long> healthy = new LinkedBlockingQueue<>();
        List<Subscription> subscriptions = new ArrayList<>();
        try (SessionStore store = SessionStores.open("memory:")) {
            SessionId id = store.create(NewSession.of("busy", "alice")).id();
            store.append(id, List.of(MessageDraft.of(Role.USER, "alice", "hello")));
            for (int i = 0; i < blockers; i++) {
                subscriptions.add(store.followSession(id, 0, batch -> block(entered, release)));
            }
            try {
                assertThat(entered.await(WAIT_S, TimeUnit.SECONDS)).as("every blocker holds a thread").isTrue();
                subscriptions.add(store.followSession(id, 0,
                        batch -> batch.stream().map(ChatMessage::seq).forEach(healthy::add)));
                assertThat(healthy.poll(WAIT_S, TimeUnit.SECONDS)).as("the healthy follower's message").isEqualTo(1L);
            } finally {
                release.countDown();
                subscriptions.forEach(Subscription::close);
            }
        }
    }

    private static void block(CountDownLatch entered, CountDownLatch release) {
        entered.countDown();
        try {
            release.await(BLOCK_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
