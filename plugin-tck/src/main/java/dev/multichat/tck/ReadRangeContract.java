package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionStore;
import dev.multichat.tck.support.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code read}: tail, after and all, always ascending by seq. */
public interface ReadRangeContract extends StoreFixture {

    @Test
    @DisplayName("Read range: read(all) returns every message in ascending seq order.")
    default void readAllIsAscending() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("a", 3));
            store.append(id, Samples.drafts("b", 2));
            assertThat(Samples.seqs(Samples.all(store, id))).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(Samples.contents(Samples.all(store, id))).containsExactly("a-1", "a-2", "a-3", "b-1", "b-2");
        }
    }

    @ParameterizedTest(name = "[{index}]")
    @CsvSource({"1, 10", "3, 8", "10, 1", "11, 1", "10000, 1"})
    @DisplayName("Read range: tail(n) returns the newest n messages (all if fewer), in ascending seq order.")
    default void tailReturnsNewest(int n, long firstSeq) {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 10));
            assertThat(Samples.seqs(store.read(id, MessageRange.tail(n)))).isEqualTo(Samples.range(firstSeq, 10));
        }
    }

    @ParameterizedTest(name = "[{index}]")
    @CsvSource({"0, 3, 1, 3", "4, 2, 5, 6", "7, 100, 8, 10", "9, 1, 10, 10", "0, 10000, 1, 10"})
    @DisplayName("Read range: after(seq, limit) returns at most limit messages with seqs above seq, ascending.")
    default void afterReturnsBoundedRange(long after, int limit, long from, long to) {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 10));
            assertThat(Samples.seqs(store.read(id, MessageRange.after(after, limit)))).isEqualTo(Samples.range(from,
                    to));
        }
    }

    @Test
    @DisplayName("Read range: after(lastSeq or beyond, limit) returns nothing.")
    default void afterTheEndIsEmpty() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 4));
            assertThat(store.read(id, MessageRange.after(4, 10))).isEmpty();
            assertThat(store.read(id, MessageRange.after(1000, 10))).isEmpty();
        }
    }

    @Test
    @DisplayName("Read range: after(Long.MAX_VALUE, limit) returns nothing (no overflow to the first messages).")
    default void afterTheLargestSeqIsEmpty() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 4));
            assertThat(store.read(id, MessageRange.after(Long.MAX_VALUE, 10))).isEmpty();
        }
    }

    @Test
    @DisplayName("Read range: Every kind of read of a session without messages returns an empty list.")
    default void readOfEmptySessionIsEmpty() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            assertThat(store.read(id, MessageRange.all())).isEmpty();
            assertThat(store.read(id, MessageRange.tail(5))).isEmpty();
            assertThat(store.read(id, MessageRange.after(0, 5))).isEmpty();
        }
    }

    @Test
    @DisplayName("Read range: Reading a session that was never created fails with SessionNotFoundException.")
    default void readOfUnknownSessionFails() {
        try (SessionStore store = openStore(new MutableClock())) {
            assertThatThrownBy(() -> store.read(SessionId.of("ghost"), MessageRange.all()))
                    .isInstanceOf(SessionNotFoundException.class);
            assertThatThrownBy(() -> store.tail(SessionId.of("ghost"), 3))
                    .isInstanceOf(SessionNotFoundException.class);
        }
    }

    @Test
    @DisplayName("Read range: Reads return only the session's own messages, never another session's.")
    default void readsAreIsolatedPerSession() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId a = Samples.create(store, "a").id();
            SessionId b = Samples.create(store, "b").id();
            store.append(a, Samples.drafts("a", 3));
            store.append(b, Samples.drafts("b", 2));
            store.append(a, Samples.drafts("a2", 1));
            assertThat(Samples.contents(Samples.all(store, b))).containsExactly("b-1", "b-2");
            assertThat(Samples.seqs(store.read(a, MessageRange.after(2, 5)))).containsExactly(3L, 4L);
        }
    }
}
