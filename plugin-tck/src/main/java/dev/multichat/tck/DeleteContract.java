package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.tck.support.MutableClock;
import dev.multichat.tck.support.Snapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code delete}: removes a session and all its messages; true only for a live session. */
public interface DeleteContract extends StoreFixture {

    @Test
    @DisplayName("Delete: Deleting a live session returns true and makes find empty.")
    default void deleteOfLiveSession() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 3));
            assertThat(store.delete(id)).isTrue();
            assertThat(store.find(id)).isEmpty();
        }
    }

    @Test
    @DisplayName("Delete: Deleting an id that was never created returns false.")
    default void deleteOfUnknownSession() {
        try (SessionStore store = openStore(new MutableClock())) {
            assertThat(store.delete(SessionId.of("ghost"))).isFalse();
        }
    }

    @Test
    @DisplayName("Delete: Deleting twice returns true, then false.")
    default void deleteTwice() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            assertThat(store.delete(id)).isTrue();
            assertThat(store.delete(id)).isFalse();
        }
    }

    @Test
    @DisplayName("Delete: Deleting one session leaves every other session and its messages intact.")
    default void deleteTouchesOnlyItsSession() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId keep = Samples.create(store, "keep").id();
            store.append(keep, Samples.drafts("k", 2));
            Snapshot before = Snapshot.of(store, keep);
            SessionId gone = Samples.create(store, "gone").id();
            store.append(gone, Samples.drafts("g", 2));
            store.delete(gone);
            assertThat(Snapshot.of(store, keep)).isEqualTo(before);
        }
    }

    @Test
    @DisplayName("Delete: A deleted session is no longer listed for its owner.")
    default void deletedSessionIsNotListed() {
        try (SessionStore store = openStore(new MutableClock())) {
            Samples.create(store, "a");
            SessionId b = Samples.create(store, "b").id();
            store.delete(b);
            assertThat(store.list(SessionQuery.first(Samples.OWNER, 10)).items())
                    .extracting(ChatSession::id).containsExactly(SessionId.of("a"));
        }
    }

    @ParameterizedTest(name = "[{index}]")
    @EnumSource(value = StoreCall.class, names = {"APPEND", "READ", "UPDATE", "TRIM"})
    @DisplayName("Delete: After delete, append, read, update and trim fail with SessionNotFoundException.")
    default void deletedSessionIsGoneForEveryOperation(StoreCall call) {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 2));
            store.delete(id);
            assertThatThrownBy(() -> call.invoke(store, id)).isInstanceOf(SessionNotFoundException.class);
            assertThat(store.find(id)).isEmpty();
        }
    }
}
