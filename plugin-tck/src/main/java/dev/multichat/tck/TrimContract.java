package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionStore;
import dev.multichat.tck.support.MutableClock;
import dev.multichat.tck.support.Snapshot;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code trim}: drops a prefix of the history, never renumbers, never reuses a seq. */
public interface TrimContract extends StoreFixture {

    @ParameterizedTest(name = "[{index}]")
    @CsvSource({"1, 1", "4, 4", "9, 9", "10, 10", "11, 10", "1000000, 10", "0, 0"})
    @DisplayName("Trim: trim(k) removes the messages with seq up to min(k, lastSeq) and returns how many it removed.")
    default void trimRemovesPrefix(long through, long removed) {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 10));
            assertThat(store.trim(id, through)).isEqualTo(removed);
            assertThat(Samples.seqs(Samples.all(store, id))).isEqualTo(Samples.range(removed + 1, 10));
        }
    }

    @Test
    @DisplayName("Trim: trim keeps lastSeq, and the next append continues after it: seqs are never reused.")
    default void trimNeverReusesSeqs() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 5));
            store.trim(id, 100);
            assertThat(store.find(id).orElseThrow().lastSeq()).isEqualTo(5);
            assertThat(Samples.seqs(store.append(id, Samples.drafts("n", 2)).messages())).containsExactly(6L, 7L);
        }
    }

    @Test
    @DisplayName("Trim: A second trim counts only the messages still stored.")
    default void trimCountsOnlyRemaining() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 8));
            assertThat(store.trim(id, 3)).isEqualTo(3);
            assertThat(store.trim(id, 5)).isEqualTo(2);
            assertThat(store.trim(id, 5)).isZero();
            assertThat(store.trim(id, 2)).isZero();
        }
    }

    @Test
    @DisplayName("Trim: A trim that removes messages raises the version by one and sets updatedAt to now.")
    default void trimIsAWrite() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 4));
            clock.advance(Duration.ofSeconds(9));
            store.trim(id, 2);
            ChatSession after = store.find(id).orElseThrow();
            assertThat(after.version()).isEqualTo(3);
            assertThat(after.state().updatedAt()).isEqualTo(clock.instant());
        }
    }

    @Test
    @DisplayName("Trim: Trimming a session without messages removes nothing and returns 0.")
    default void trimOfEmptySession() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            assertThat(store.trim(id, 10)).isZero();
            assertThat(store.find(id).orElseThrow().version()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("Trim: Trimming one session leaves other sessions' messages intact.")
    default void trimTouchesOnlyItsSession() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId a = Samples.create(store, "a").id();
            SessionId b = Samples.create(store, "b").id();
            store.append(a, Samples.drafts("a", 3));
            store.append(b, Samples.drafts("b", 3));
            Snapshot before = Snapshot.of(store, b);
            store.trim(a, 3);
            assertThat(Snapshot.of(store, b)).isEqualTo(before);
        }
    }

    @Test
    @DisplayName("Trim: Trimming a session that was never created fails with SessionNotFoundException.")
    default void trimOfUnknownSessionFails() {
        try (SessionStore store = openStore(new MutableClock())) {
            assertThatThrownBy(() -> store.trim(SessionId.of("ghost"), 1)).isInstanceOf(SessionNotFoundException.class);
        }
    }
}
