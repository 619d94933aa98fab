package dev.multichat.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreConfig;
import dev.multichat.spi.StoreParts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The memory backend itself (below the guard, as when the guard's close wait runs out): an
 * operation after or racing close fails with StoreClosedException, never with a false
 * "session not found" that would make a caller re-create the session (issue 19 item 3).
 */
class MemoryCloseTest {
    private static final SessionId ID = SessionId.of("s1");
    private static final List<MessageDraft> ONE = List.of(MessageDraft.of(Role.USER, "u", "hi"));

    @Test
    @DisplayName("after the backend is closed, append, read, trim, find and create fail with StoreClosedException")
    void afterClose() {
        StoreParts parts = new MemoryStoreProvider().open(StoreConfig.of("memory:gone"));
        parts.catalog().create(NewSession.of(ID.value(), "o"));
        parts.lifecycle().close();
        assertThatThrownBy(() -> parts.messages().append(ID, ONE, dev.multichat.api.Expect.any()))
                .isInstanceOf(StoreClosedException.class).hasMessageContaining("memory:gone");
        assertThatThrownBy(() -> parts.messages().read(ID, dev.multichat.api.MessageRange.all()))
                .isInstanceOf(StoreClosedException.class);
        assertThatThrownBy(() -> parts.messages().trim(ID, 1)).isInstanceOf(StoreClosedException.class);
        assertThatThrownBy(() -> parts.catalog().find(ID)).isInstanceOf(StoreClosedException.class);
        assertThatThrownBy(() -> parts.catalog().create(NewSession.of("s2", "o")))
                .isInstanceOf(StoreClosedException.class);
    }

    @Test
    @DisplayName("appends racing the backend's close either succeed or fail with StoreClosedException")
    void appendsRacingClose() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 50; round++) {
                StoreParts parts = new MemoryStoreProvider().open(StoreConfig.of("memory:race"));
                parts.catalog().create(NewSession.of(ID.value(), "o"));
                CountDownLatch running = new CountDownLatch(4);
                List<Future<Integer>> workers = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    workers.add(pool.submit(() -> appendUntilClosed(parts, running)));
                }
                assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
                parts.lifecycle().close();
                for (Future<Integer> worker : workers) {
                    assertThat(worker.get(30, TimeUnit.SECONDS)).isPositive();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return how many appends succeeded before the first StoreClosedException (any other error fails) */
    private static int appendUntilClosed(StoreParts parts, CountDownLatch running) {
        int acknowledged = 0;
        while (true) {
            try {
                parts.messages().append(ID, ONE, dev.multichat.api.Expect.any());
                acknowledged++;
                if (acknowledged == 1) {
                    running.countDown();
                }
            } catch (StoreClosedException e) {
                return acknowledged;
            }
        }
    }
}
