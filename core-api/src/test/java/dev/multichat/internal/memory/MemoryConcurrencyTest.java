package dev.multichat.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemoryConcurrencyTest {
    private static final int THREADS = 8;
    private static final int BATCHES = 200;

    @Test
    @DisplayName("threads appending to one session at once get gapless seqs and lose nothing")
    void concurrentAppends() throws Exception {
        SessionId id = SessionId.of("hot");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (SessionStore store = SessionStores.open("memory:")) {
            store.create(NewSession.of("hot", "o"));
            List<Future<Object>> done = LongStream.range(0, THREADS).mapToObj(t -> pool.submit(() -> {
                start.await();
                for (int b = 0; b < BATCHES; b++) {
                    Appended appended = store.append(id, List.of(
                            MessageDraft.of(Role.USER, "t" + t, t + "-" + b + "-0"),
                            MessageDraft.of(Role.USER, "t" + t, t + "-" + b + "-1")));
                    appended.messages().forEach(m -> acknowledged.add(m.content()));
                }
                return null;
            })).toList();
            for (Future<Object> future : done) {
                future.get(1, TimeUnit.MINUTES);
            }
            List<ChatMessage> all = store.read(id, MessageRange.all());
            assertThat(all).extracting(ChatMessage::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 2L * THREADS * BATCHES).boxed().toList());
            assertThat(all).extracting(ChatMessage::content).containsExactlyInAnyOrderElementsOf(acknowledged);
            assertThat(store.find(id).orElseThrow().version()).isEqualTo(1 + THREADS * BATCHES);
        } finally {
            pool.shutdownNow();
        }
    }
}
