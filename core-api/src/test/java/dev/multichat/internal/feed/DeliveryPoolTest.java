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
 * listeners as the pool has threads, in their own catch-up or in the hand-out of a new message
 * to every follower, the pool grows (and the hand-out starts afresh) and a healthy follower is
 * served. The pool tells a paced sweeper when tasks wait for a thread.
 */
class DeliveryPoolTest {
    private static final long WAIT_S = 30;
    /** Longer than the test waits for the healthy follower: the blockers hold on until released. */
    private static final long BLOCK_S = 4 * WAIT_S;
    private final int blockers = DeliveryPool.baseSize();
    private final CountDownLatch entered = new CountDownLatch(blockers);
    private final CountDownLatch release = new CountDownLatch(1);
    private final BlockingQueue<Long> healthy = new LinkedBlockingQueue<>();
    private final List<Subscription> subscriptions = new ArrayList<>();

    @Test
    @DisplayName("listeners blocking every delivery thread do not keep a healthy follower from its messages")
    void blockedListenersHoldUpNoOne() throws InterruptedException {
        try (SessionStore store = SessionStores.open("memory:")) {
            SessionId id = store.create(NewSession.of("busy", "alice")).id();
            store.append(id, List.of(MessageDraft.of(Role.USER, "alice", "hello")));
            for (int i = 0; i < blockers; i++) {
                subscriptions.add(store.followSession(id, 0, batch -> block()));
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

    @Test
    @DisplayName("listeners blocking while new messages are handed out do not keep a healthy follower from them")
    void blockedInTheFanOutHoldUpNoOne() throws InterruptedException {
        try (SessionStore store = SessionStores.open("memory:")) {
            SessionId id = store.create(NewSession.of("busy", "alice")).id();
            for (int i = 0; i < blockers; i++) { // each takes the first message, then blocks on the second
                subscriptions.add(store.followSession(id, 0, batch -> {
                    if (batch.get(batch.size() - 1).seq() > 1) {
                        block();
                    }
                }));
            }
            subscriptions.add(store.followSession(id, 0, batch -> batch.stream().map(ChatMessage::seq)
                    .forEach(healthy::add)));
            try {
                store.append(id, List.of(MessageDraft.of(Role.USER, "alice", "first")));
                assertThat(healthy.poll(WAIT_S, TimeUnit.SECONDS)).as("the healthy follower's first").isEqualTo(1L);
                store.append(id, List.of(MessageDraft.of(Role.USER, "alice", "second")));
                assertThat(entered.await(WAIT_S, TimeUnit.SECONDS)).as("every blocker holds a thread").isTrue();
                assertThat(healthy.poll(WAIT_S, TimeUnit.SECONDS)).as("the healthy follower's second").isEqualTo(2L);
            } finally {
                release.countDown();
                subscriptions.forEach(Subscription::close);
            }
        }
    }

    @Test
    @DisplayName("the pool is crowded (a paced sweeper does not hold its thread) only while a task waits for a thread")
    void crowdedWhileATaskWaits() throws InterruptedException {
        DeliveryPool pool = new DeliveryPool(Thread::new);
        try {
            assertThat(pool.crowded()).as("idle").isFalse();
            for (int i = 0; i < blockers; i++) {
                pool.execute(this::block);
            }
            assertThat(entered.await(WAIT_S, TimeUnit.SECONDS)).as("every thread blocked").isTrue();
            assertThat(pool.crowded()).as("every thread busy, nothing waiting").isFalse();
            CountDownLatch ran = new CountDownLatch(1);
            pool.execute(ran::countDown);
            assertThat(pool.crowded()).as("a task waits").isTrue();
            release.countDown();
            assertThat(ran.await(WAIT_S, TimeUnit.SECONDS)).as("the waiting task ran").isTrue();
            assertThat(pool.crowded()).as("nothing waits any more").isFalse();
        } finally {
            release.countDown();
            pool.shutdown();
        }
    }

    private void block() {
        entered.countDown();
        try {
            release.await(BLOCK_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
