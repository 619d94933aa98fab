package dev.multichat.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.Subscription;
import dev.multichat.internal.memory.MemoryStoreProvider;
import dev.multichat.spi.ChangeSignals;
import dev.multichat.spi.ChangeSink;
import dev.multichat.spi.StoreParts;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The hub tells the backend's signals whether anything is followed ({@link ChangeSignals#wanted}):
 * once when the first subscription starts, before it returns (so before its first read), once
 * when the last one ends, however it ends, session and owner feeds alike. Counted, not timed.
 */
class FeedDemandTest {
    private static final long WAIT_S = 30;
    private final StoreParts memory = new MemoryStoreProvider().open(StoreConfig.of("memory:demand"));
    private final List<Boolean> calls = new CopyOnWriteArrayList<>();
    private final FeedHub hub = new FeedHub(memory.catalog(), memory.messages(), Clock.systemUTC(), new Recorded(),
            new FeedTiming(Duration.ofHours(1), FeedTiming.DEFAULT.pace()));

    @Test
    @DisplayName("wanted once from the first subscription (session or owner) to the last, again after a spell without")
    void wantedFromFirstToLast() {
        SessionId a = memory.catalog().create(NewSession.of("a", "o")).id();
        Subscription first = hub.followSession(a, 0, batch -> { });
        assertThat(calls).as("after the first subscription returned").containsExactly(true);
        Subscription second = hub.followSession(a, 0, batch -> { });
        Subscription owner = hub.followOwner("o", event -> { });
        first.close();
        first.close(); // a second close gives nothing back twice
        second.close();
        assertThat(calls).as("with an owner feed left").containsExactly(true);
        owner.close();
        assertThat(calls).as("after the last one closed").containsExactly(true, false);
        hub.followOwner("o", event -> { }).close();
        assertThat(calls).containsExactly(true, false, true, false);
    }

    @Test
    @DisplayName("a feed the store ends (its session deleted) gives its share back")
    void endedFeedsCountOut() {
        SessionId a = memory.catalog().create(NewSession.of("gone", "o")).id();
        hub.followSession(a, 0, batch -> { });
        memory.catalog().delete(a);
        hub.changed(a); // as the store's own delete hints
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
        while (calls.size() < 2) { // a share never given back keeps this loop to its deadline
            assertThat(System.nanoTime() - deadline).as("the ended feed counted out within %d s", WAIT_S)
                    .isNegative();
            Thread.onSpinWait();
        }
        assertThat(calls).containsExactly(true, false);
    }

    @Test
    @DisplayName("8 threads following and closing 200 times each: the calls alternate, and end not wanted")
    void concurrentFollowsAlternate() throws Exception {
        SessionId a = memory.catalog().create(NewSession.of("busy", "o")).id();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        hub.followSession(a, 0, batch -> { }).close();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(WAIT_S, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(calls).isNotEmpty().last().isEqualTo(false);
        for (int i = 0; i < calls.size(); i++) {
            assertThat(calls.get(i)).as("call %d of %s", i, calls.size()).isEqualTo(i % 2 == 0);
        }
    }

    @AfterEach
    void close() {
        hub.close();
    }

    /** Records the hub's {@code wanted} calls. */
    private final class Recorded implements ChangeSignals {
        @Override
        public void start(ChangeSink sink) {
            // the test hints by hand
        }

        @Override
        public void wanted(boolean followed) {
            calls.add(followed);
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
