package dev.multichat.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.postgres.testing.PostgresServer;
import dev.multichat.postgres.testing.SharedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two store instances (two "app instances", each with its own connection pool) on one schema,
 * 8 threads each, appending to the same sessions: every acknowledged message is stored once,
 * at its acknowledged seq, and the seqs are gapless. Every batch is sent twice (a retry after a
 * timeout); the second send must replay, never duplicate.
 */
@ExtendWith(PostgresServer.class)
class TwoInstancesTest {
    private static final int THREADS_PER_INSTANCE = 8;
    private static final int SESSIONS = 3;
    private static final int BATCHES_PER_THREAD = 25;

    @Test
    void everyAcknowledgedMessageIsStoredOnceAndGapless() throws Exception {
        String uri = SharedPostgres.freshUri("&pool=8");
        try (SessionStore a = SessionStores.open(uri); SessionStore b = SessionStores.open(uri)) {
            for (int s = 0; s < SESSIONS; s++) {
                a.create(NewSession.of("shared-" + s, "owner"));
            }
            List<Queue<ChatMessage>> acked = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                acked.add(new ConcurrentLinkedQueue<>());
            }
            int threads = 2 * THREADS_PER_INSTANCE;
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    SessionStore store = t % 2 == 0 ? a : b;
                    int worker = t;
                    done.add(pool.submit(() -> {
                        start.await(1, TimeUnit.MINUTES);
                        return work(store, worker, acked);
                    }));
                }
                for (Future<Integer> f : done) {
                    assertThat(f.get(3, TimeUnit.MINUTES)).isEqualTo(BATCHES_PER_THREAD);
                }
            } finally {
                pool.shutdownNow();
            }
            for (int s = 0; s < SESSIONS; s++) {
                History.assertExactly(a, SessionId.of("shared-" + s), acked.get(s));
                History.assertExactly(b, SessionId.of("shared-" + s), acked.get(s));
            }
        }
    }

    private static int work(SessionStore store, int worker, List<Queue<ChatMessage>> acked) {
        for (int i = 0; i < BATCHES_PER_THREAD; i++) {
            int session = (worker + i) % SESSIONS;
            SessionId id = SessionId.of("shared-" + session);
            List<MessageDraft> batch = new ArrayList<>();
            for (int m = 0; m <= i % 2; m++) {
                String msgId = "w" + worker + "-b" + i + "-m" + m;
                batch.add(MessageDraft.of(Role.USER, "agent-" + worker, "text of " + msgId).withId(msgId));
            }
            Appended first = store.append(id, batch);
            Appended retry = store.append(id, batch);
            assertThat(first.replayed()).isFalse();
            assertThat(retry.replayed()).isTrue();
            assertThat(retry.messages()).isEqualTo(first.messages());
            acked.get(session).addAll(first.messages());
        }
        return BATCHES_PER_THREAD;
    }
}
