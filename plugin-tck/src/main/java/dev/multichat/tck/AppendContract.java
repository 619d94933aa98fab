package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionStore;
import dev.multichat.tck.support.MutableClock;
import dev.multichat.tck.support.Snapshot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code append}: a batch gets the next consecutive seqs, stamped by the clock. */
public interface AppendContract extends StoreFixture {

    @Test
    @DisplayName("Append: The first batch of a session gets seqs 1..n in draft order.")
    default void firstBatchStartsAtOne() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            Appended appended = store.append(id, Samples.drafts("m", 3));
            assertThat(Samples.seqs(appended.messages())).containsExactly(1L, 2L, 3L);
            assertThat(Samples.contents(appended.messages())).containsExactly("m-1", "m-2", "m-3");
        }
    }

    @Test
    @DisplayName("Append: Each batch continues right after the session's lastSeq.")
    default void batchesContinueAfterLastSeq() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("a", 2));
            store.append(id, Samples.drafts("b", 1));
            Appended third = store.append(id, Samples.drafts("c", 3));
            assertThat(Samples.seqs(third.messages())).containsExactly(4L, 5L, 6L);
            assertThat(third.session().lastSeq()).isEqualTo(6);
        }
    }

    @Test
    @DisplayName("Append: A batch bumps the version by exactly one, whatever its size.")
    default void batchBumpsVersionOnce() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            assertThat(store.append(id, Samples.drafts("a", 5)).session().version()).isEqualTo(2);
            assertThat(store.append(id, Samples.drafts("b", 1)).session().version()).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("Append: Every message of a batch and the session's updatedAt carry the clock's instant of the"
            + " append.")
    default void appendStampsClockTime() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Samples.create(store, "s1").id();
            clock.advance(Duration.ofMillis(2501));
            Appended appended = store.append(id, Samples.drafts("m", 3));
            assertThat(appended.messages()).extracting(ChatMessage::at).containsOnly(clock.instant());
            assertThat(appended.session().state().updatedAt()).isEqualTo(clock.instant());
            assertThat(appended.session().state().createdAt()).isEqualTo(MutableClock.START);
        }
    }

    @Test
    @DisplayName("Append: append returns the session as find shows it after the append.")
    default void appendReturnsSessionAfterWrite() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            Appended appended = store.append(id, Samples.drafts("m", 2));
            assertThat(store.find(id)).contains(appended.session());
        }
    }

    @Test
    @DisplayName("Append: Stored messages hold the drafts unchanged, and append returns what read returns.")
    default void draftsAreStoredUnchanged() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            List<MessageDraft> drafts = List.of(Samples.draft("hi"),
                    MessageDraft.of(dev.multichat.api.Role.ASSISTANT, "agent-4", "hello").withId("reply-1")
                            .withAttributes(java.util.Map.of("model", "m-1", "tokens", "12")));
            Appended appended = store.append(id, drafts);
            assertThat(appended.messages()).extracting(ChatMessage::draft).containsExactlyElementsOf(drafts);
            assertThat(Samples.all(store, id)).containsExactlyElementsOf(appended.messages());
        }
    }

    @Test
    @DisplayName("Append: A new write is reported with replayed false.")
    default void newWriteIsNotReplayed() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            assertThat(store.append(id, Samples.drafts("m", 1)).replayed()).isFalse();
            assertThat(store.append(id, Samples.withIds("x", 1, 2), Expect.any()).replayed()).isFalse();
        }
    }

    @Test
    @DisplayName("Append: Appending to an id that was never created fails with SessionNotFoundException and creates"
            + " nothing.")
    default void appendToUnknownSessionFails() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = SessionId.of("ghost");
            assertThatThrownBy(() -> store.append(id, Samples.drafts("m", 1)))
                    .isInstanceOf(SessionNotFoundException.class);
            assertThat(store.find(id)).isEmpty();
        }
    }

    @Test
    @DisplayName("Append: A batch of the maximum size (1,000 drafts) is stored with 1,000 consecutive seqs.")
    default void largestBatchIsStored() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("first", 1));
            Appended appended = store.append(id, Samples.drafts("m", 1000));
            assertThat(Samples.seqs(appended.messages())).isEqualTo(Samples.range(2, 1001));
            assertThat(Samples.all(store, id)).hasSize(1001);
        }
    }

    @Test
    @DisplayName("Append: Appending to one session leaves every other session unchanged.")
    default void appendTouchesOnlyItsSession() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId other = Samples.create(store, "other").id();
            store.append(other, Samples.drafts("o", 1));
            Snapshot before = Snapshot.of(store, other);
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 3));
            assertThat(Snapshot.of(store, other)).isEqualTo(before);
        }
    }
}
