package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.tck.support.Acknowledged;
import dev.multichat.tck.support.Concurrently;
import dev.multichat.tck.support.MutableClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Many threads appending at once: nothing lost, duplicated or reordered; seqs stay gapless. */
public interface ConcurrencyContract extends StoreFixture {

    @Test
    @DisplayName("Concurrency: Eight threads appending to one session: every acknowledged message is stored once, none"
            + " other, seqs"
            + " 1..n.")
    default void manyThreadsOneSession() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "shared").id();
            List<List<ChatMessage>> acked = Concurrently.run(8, worker -> () -> {
                List<ChatMessage> mine = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    mine.addAll(store.append(id, List.of(Samples.draft("w" + worker + "-" + i))).messages());
                }
                return mine;
            });
            Acknowledged.assertExactHistory(store, id, acked);
            assertThat(store.find(id).orElseThrow().version()).isEqualTo(1 + 8 * 40);
        }
    }

    @Test
    @DisplayName("Concurrency: Threads appending with expected versions, retrying conflicts, store each message"
            + " exactly once,"
            + " gapless.")
    default void versionedAppendsWithRetries() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "shared").id();
            List<List<ChatMessage>> acked = Concurrently.run(4, worker -> () -> {
                List<ChatMessage> mine = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    List<ChatMessage> stored = Concurrently.appendAtCurrentVersion(store, id,
                            List.of(Samples.draft("w" + worker + "-" + i))).messages();
                    mine.addAll(stored);
                }
                return mine;
            });
            Acknowledged.assertExactHistory(store, id, acked);
            assertThat(store.find(id).orElseThrow().version()).isEqualTo(1 + 4 * 20);
        }
    }

    @Test
    @DisplayName("Concurrency: Threads appending to many sessions at once keep every session's history exact and"
            + " gapless.")
    default void manyThreadsManySessions() {
        try (SessionStore store = openStore(new MutableClock())) {
            int sessions = 4;
            for (int s = 0; s < sessions; s++) {
                Samples.create(store, "s" + s);
            }
            List<List<ChatMessage>> acked = Concurrently.run(8, worker -> () -> {
                List<ChatMessage> mine = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    SessionId target = SessionId.of("s" + (worker + i) % sessions);
                    mine.addAll(store.append(target, List.of(Samples.draft(target + "/w" + worker + "-" + i)))
                            .messages());
                }
                return mine;
            });
            for (int s = 0; s < sessions; s++) {
                String prefix = "s" + s + "/";
                List<List<ChatMessage>> forSession = acked.stream()
                        .map(list -> list.stream().filter(m -> m.content().startsWith(prefix)).toList()).toList();
                Acknowledged.assertExactHistory(store, SessionId.of("s" + s), forSession);
            }
        }
    }

    @Test
    @DisplayName("Concurrency: Batches appended concurrently are stored whole, each with consecutive seqs, never"
            + " interleaved.")
    default void concurrentBatchesStayContiguous() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "shared").id();
            List<List<ChatMessage>> acked = Concurrently.run(6, worker -> () -> {
                List<ChatMessage> mine = new ArrayList<>();
                for (int i = 0; i < 15; i++) {
                    List<ChatMessage> batch = store.append(id, Samples.drafts("w" + worker + "b" + i, 4)).messages();
                    long first = batch.get(0).seq();
                    assertThat(Samples.seqs(batch)).isEqualTo(Samples.range(first, first + 3));
                    mine.addAll(batch);
                }
                return mine;
            });
            Acknowledged.assertExactHistory(store, id, acked);
        }
    }

    @Test
    @DisplayName("Concurrency: Threads mixing versioned and unversioned appends on one session keep its history exact.")
    default void mixedVersionedAndPlainAppends() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "shared").id();
            List<List<ChatMessage>> acked = Concurrently.run(6, worker -> () -> {
                List<ChatMessage> mine = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    List<dev.multichat.api.MessageDraft> drafts = Samples.drafts("w" + worker + "-" + i, 2);
                    mine.addAll(worker % 2 == 0 ? store.append(id, drafts).messages()
                            : Concurrently.appendAtCurrentVersion(store, id, drafts).messages());
                }
                return mine;
            });
            Acknowledged.assertExactHistory(store, id, acked);
        }
    }
}
