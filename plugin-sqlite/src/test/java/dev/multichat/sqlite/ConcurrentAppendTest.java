package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.VersionConflictException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Appends from many threads through the store: each checked on its own, none lost. */
class ConcurrentAppendTest {
    private static final int THREADS = 8;

    @TempDir
    Path dir;

    @Test
    void concurrentVersionedAppendsSucceedOrConflictIndividually() throws Exception {
        try (SessionStore store = Stores.open(dir.resolve("c.db"))) {
            for (int s = 0; s < THREADS; s++) {
                store.create(NewSession.of("s" + s, "owner"));
            }
            // Even threads expect the right version (1), odd ones a stale one (5): in the same
            // group transactions, the odd ones must fail and the even ones must land.
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int s = 0; s < THREADS; s++) {
                SessionId id = SessionId.of("s" + s);
                Expect expect = Expect.version(s % 2 == 0 ? 1 : 5);
                calls.add(() -> appendOrConflict(store, id, expect));
            }
            List<Boolean> outcomes = runTogether(calls);
            for (int s = 0; s < THREADS; s++) {
                SessionId id = SessionId.of("s" + s);
                assertThat(outcomes.get(s)).isEqualTo(s % 2 == 0);
                assertThat(store.read(id, MessageRange.all())).hasSize(s % 2 == 0 ? 1 : 0);
            }
        }
    }

    @Test
    void racingAppendsOnOneSessionStayGapless() throws Exception {
        try (SessionStore store = Stores.open(dir.resolve("g.db"))) {
            SessionId id = SessionId.of("shared");
            store.create(NewSession.of("shared", "owner"));
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                calls.add(() -> {
                    for (int i = 0; i < 50; i++) {
                        store.append(id, List.of(Stores.draft("x"), Stores.draft("y")));
                    }
                    return true;
                });
            }
            runTogether(calls);
            List<ChatMessage> all = store.read(id, MessageRange.all());
            assertThat(all).extracting(ChatMessage::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, THREADS * 100L).boxed().toList());
        }
    }

    @Test
    void onlyOneOfRacingSameVersionAppendsWins() throws Exception {
        try (SessionStore store = Stores.open(dir.resolve("w.db"))) {
            SessionId id = SessionId.of("contested");
            store.create(NewSession.of("contested", "owner"));
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                calls.add(() -> appendOrConflict(store, id, Expect.version(1)));
            }
            assertThat(runTogether(calls)).containsOnlyOnce(true);
            assertThat(store.find(id).orElseThrow().version()).isEqualTo(2);
        }
    }

    private static boolean appendOrConflict(SessionStore store, SessionId id, Expect expect) {
        try {
            store.append(id, List.of(Stores.draft("m")), expect);
            return true;
        } catch (VersionConflictException e) {
            return false;
        }
    }

    private static List<Boolean> runTogether(List<Callable<Boolean>> calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.size());
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (Callable<Boolean> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> f : futures) {
                results.add(f.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
