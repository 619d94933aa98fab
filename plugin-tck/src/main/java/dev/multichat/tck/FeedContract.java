package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.Subscription;
import dev.multichat.tck.support.Acknowledged;
import dev.multichat.tck.support.Concurrently;
import dev.multichat.tck.support.MutableClock;
import dev.multichat.tck.support.Waiting;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The change feed's delivery (issue 14): a follower sees every message appended after its
 * seq, by any thread and by a second store on the same data, in seq order, once, without gaps.
 */
public interface FeedContract extends StoreFixture {
    /**
     * Opens a second store on the same data as {@code open}, a store this fixture opened and
     * which is still open: the same file, directory, key prefix or database.
     *
     * @param open a store opened by {@link #openStore}
     * @param clock the clock the second store must use
     * @return the second store, or null only if the backend's data is private to one store
     *     ({@code memory:}); the checks then write through {@code open} itself
     */
    default SessionStore openSameData(SessionStore open, Clock clock) {
        return null;
    }

    @Test
    @DisplayName("Feed: a follower sees every message eight threads appended, in seq order, once, without gaps.")
    default void followerSeesEightThreads() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "watched").id();
            Received received = new Received();
            try (Subscription ignored = store.followSession(id, 0, received)) {
                List<List<ChatMessage>> acked = Concurrently.run(8, worker -> () -> {
                    List<ChatMessage> mine = new ArrayList<>();
                    for (int i = 0; i < 40; i++) {
                        mine.addAll(store.append(id, List.of(Samples.draft("w" + worker + "-" + i))).messages());
                    }
                    return mine;
                });
                Acknowledged.assertExactHistory(store, id, acked);
                assertThat(received.awaitMessages(320)).isEqualTo(Samples.all(store, id));
            }
        }
    }

    @Test
    @DisplayName("Feed: a follower sees what a second store on the same data appended, in order, once, without gaps.")
    default void followerSeesSecondStore() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionStore second = openSameData(store, clock);
            SessionStore writer = second == null ? store : second;
            try {
                SessionId id = Samples.create(store, "watched").id();
                Received received = new Received();
                try (Subscription ignored = store.followSession(id, 0, received)) {
                    for (int i = 0; i < 30; i++) {
                        writer.append(id, Samples.drafts("b" + i, 1 + i % 3));
                    }
                    List<ChatMessage> stored = Samples.all(store, id);
                    assertThat(received.awaitMessages(stored.size())).isEqualTo(stored);
                }
            } finally {
                if (second != null) {
                    second.close();
                }
            }
        }
    }

    @Test
    @DisplayName("Feed: a session deleted and created again under its id ends the feed with SESSION_GONE, even if"
            + " the new one is there before the feed looks; nothing of the new session is delivered.")
    default void recreatedSessionEndsFeed() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionStore second = openSameData(store, clock);
            SessionStore writer = second == null ? store : second;
            try {
                for (int round = 0; round < 5; round++) {
                    SessionId id = Samples.create(store, "again-" + round).id();
                    store.append(id, Samples.drafts("old", 3));
                    Received received = new Received();
                    try (Subscription subscription = store.followSession(id, 0, received)) {
                        received.awaitMessages(3);
                        writer.delete(id);
                        clock.advance(Duration.ofSeconds(1));
                        writer.create(NewSession.of(id.value(), Samples.OWNER));
                        writer.append(id, Samples.drafts("new", 5));
                        assertThat(received.awaitEnd()).containsExactly(FeedEnd.SESSION_GONE);
                        assertThat(Samples.seqs(received.messages())).as("only the first session's messages")
                                .isEqualTo(Samples.range(1, 3));
                        assertThat(subscription.isActive()).isFalse();
                    }
                }
            } finally {
                if (second != null) {
                    second.close();
                }
            }
        }
    }

    @Test
    @DisplayName("Feed: following from a seq resumes after it: the stored messages above it, then new ones, once each.")
    default void resumeFromSeq() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "watched").id();
            store.append(id, Samples.drafts("old", 5));
            Received received = new Received();
            try (Subscription ignored = store.followSession(id, 3, received)) {
                assertThat(Samples.seqs(received.awaitMessages(2))).isEqualTo(List.of(4L, 5L));
                store.append(id, Samples.drafts("new", 2));
                assertThat(Samples.seqs(received.awaitMessages(4))).isEqualTo(List.of(4L, 5L, 6L, 7L));
            }
        }
    }

    @Test
    @DisplayName("Feed: a listener that throws ends its own subscription only; another follower gets everything.")
    default void throwingListenerIsIsolated() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "watched").id();
            Received failing = new Received() {
                @Override
                public synchronized void onMessages(List<ChatMessage> batch) {
                    super.onMessages(batch);
                    throw new IllegalStateException("listener defect (expected by the test)");
                }
            };
            Received healthy = new Received();
            try (Subscription a = store.followSession(id, 0, failing);
                 Subscription b = store.followSession(id, 0, healthy)) {
                for (int i = 0; i < 10; i++) {
                    store.append(id, Samples.drafts("m" + i, 1));
                }
                assertThat(Samples.seqs(healthy.awaitMessages(10))).isEqualTo(Samples.range(1, 10));
                assertThat(failing.awaitEnd()).containsExactly(FeedEnd.LISTENER_FAILED);
                assertThat(a.isActive()).isFalse();
                assertThat(b.isActive()).isTrue();
            }
        }
    }

    @Test
    @DisplayName("Feed: a blocked listener holds up no append; released, it gets every message once, in order.")
    default void blockedListenerHoldsUpNothing() throws InterruptedException {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "watched").id();
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Received blocked = new Received() {
                @Override
                public void onMessages(List<ChatMessage> batch) {
                    entered.countDown();
                    Waiting.awaitQuietly(release);
                    super.onMessages(batch);
                }
            };
            try (Subscription ignored = store.followSession(id, 0, blocked)) {
                store.append(id, List.of(Samples.draft("first")));
                assertThat(entered.await(Received.WAIT_MS, TimeUnit.MILLISECONDS)).isTrue();
                for (int i = 1; i < 600; i++) {
                    store.append(id, List.of(Samples.draft("m" + i)));
                }
                assertThat(blocked.calls()).as("all 600 appends completed while the listener was blocked").isZero();
                release.countDown();
                assertThat(Samples.seqs(blocked.awaitMessages(600))).isEqualTo(Samples.range(1, 600));
            }
        }
    }
}
