package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionExistsException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.VersionConflictException;
import dev.multichat.tck.support.Concurrently;
import dev.multichat.tck.support.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Races for one outcome: exactly one winner, and readers never see a half-written state. */
public interface ConcurrencyRaceContract extends StoreFixture {

    @Test
    @DisplayName("Concurrency race: Of threads creating the same id at once, exactly one succeeds; the others get"
            + " SessionExistsException.")
    default void concurrentCreatesHaveOneWinner() {
        try (SessionStore store = openStore(new MutableClock())) {
            List<String> outcomes = Concurrently.run(8, worker -> () -> {
                try {
                    store.create(NewSession.of("contested", "owner-" + worker));
                    return "created";
                } catch (SessionExistsException e) {
                    return "exists";
                }
            });
            assertThat(outcomes).containsOnlyOnce("created").containsOnly("created", "exists");
            assertThat(store.find(SessionId.of("contested")).orElseThrow().version()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("Concurrency race: Threads retrying the same batch of ids at once store it exactly once; all get the"
            + " same seqs.")
    default void concurrentRetriesStoreOnce() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            List<Appended> results = Concurrently.run(8, worker -> () -> store.append(id, Samples.withIds("req", 1,
                    3)));
            assertThat(results).filteredOn(r -> !r.replayed()).hasSize(1);
            assertThat(results).extracting(Appended::messages).containsOnly(results.get(0).messages());
            assertThat(Samples.seqs(Samples.all(store, id))).containsExactly(1L, 2L, 3L);
            assertThat(store.find(id).orElseThrow().version()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("Concurrency race: Of threads updating with the same expected version at once, exactly one succeeds;"
            + " the rest conflict.")
    default void concurrentVersionedUpdatesHaveOneWinner() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            List<String> outcomes = Concurrently.run(8, worker -> () -> {
                try {
                    store.update(id, SessionPatch.title("by " + worker), Expect.version(1));
                    return "updated";
                } catch (VersionConflictException e) {
                    return "conflict";
                }
            });
            assertThat(outcomes).containsOnlyOnce("updated").containsOnly("updated", "conflict");
            assertThat(store.find(id).orElseThrow().version()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("Concurrency race: Of threads appending with the same expected version at once, exactly one batch is"
            + " stored.")
    default void concurrentVersionedAppendsHaveOneWinner() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            List<String> outcomes = Concurrently.run(8, worker -> () -> {
                try {
                    store.append(id, Samples.drafts("w" + worker, 2), Expect.version(1));
                    return "appended";
                } catch (VersionConflictException e) {
                    return "conflict";
                }
            });
            assertThat(outcomes).containsOnlyOnce("appended");
            assertThat(Samples.seqs(Samples.all(store, id))).containsExactly(1L, 2L);
        }
    }

    @Test
    @DisplayName("Concurrency race: Trims racing with appends never lose a message above the trim point, and seqs stay"
            + " gapless.")
    default void trimsRacingAppends() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            List<List<ChatMessage>> acked = Concurrently.run(4, worker -> () -> {
                List<ChatMessage> mine = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    mine.addAll(store.append(id, List.of(Samples.draft("w" + worker + "-" + i))).messages());
                    if (worker == 0 && i % 5 == 4) {
                        store.trim(id, Math.max(0, mine.get(mine.size() - 1).seq() - 10));
                    }
                }
                return mine;
            });
            List<ChatMessage> stored = Samples.all(store, id);
            long first = stored.get(0).seq();
            assertThat(Samples.seqs(stored)).isEqualTo(Samples.range(first, 120));
            assertThat(stored).containsAll(acked.stream().flatMap(List::stream).filter(m -> m.seq() >= first).toList());
        }
    }

    @Test
    @DisplayName("Concurrency race: Readers running during concurrent appends always see a gapless prefix of the"
            + " history.")
    default void readersSeeGaplessPrefixes() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            CountDownLatch writing = new CountDownLatch(3);
            List<Long> checkedReads = Concurrently.run(6, worker -> () -> worker < 3
                    ? appendThenStop(store, id, worker, writing) : readUntilStopped(store, id, writing));
            assertThat(checkedReads.subList(3, 6)).allMatch(reads -> reads > 0);
            assertThat(Samples.seqs(Samples.all(store, id))).isEqualTo(Samples.range(1, 3 * 40 * 3));
        }
    }

    @Test
    @DisplayName("Concurrency race: Appends racing a delete either land before it or fail with"
            + " SessionNotFoundException; none survives"
            + " it.")
    default void appendsRacingDelete() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            List<String> outcomes = Concurrently.run(4, worker -> () -> {
                if (worker == 0) {
                    return store.delete(id) ? "deleted" : "not deleted";
                }
                try {
                    store.append(id, Samples.drafts("w" + worker, 2));
                    return "appended";
                } catch (dev.multichat.api.SessionNotFoundException e) {
                    return "gone";
                }
            });
            assertThat(outcomes.get(0)).isEqualTo("deleted");
            assertThat(store.find(id)).isEmpty();
            Samples.create(store, "s1");
            assertThat(Samples.all(store, id)).isEmpty();
        }
    }

    private static long appendThenStop(SessionStore store, SessionId id, int worker, CountDownLatch writing) {
        try {
            for (int i = 0; i < 40; i++) {
                store.append(id, Samples.drafts("w" + worker + "-" + i, 3));
            }
        } finally {
            writing.countDown();
        }
        return 0;
    }

    private static long readUntilStopped(SessionStore store, SessionId id, CountDownLatch writing) {
        long reads = 0;
        do {
            List<ChatMessage> seen = Samples.all(store, id);
            assertThat(Samples.seqs(seen)).isEqualTo(Samples.range(1, seen.size()));
            assertThat(seen.size() % 3).as("whole batches only").isZero();
            reads++;
        } while (writing.getCount() > 0);
        return reads;
    }
}
