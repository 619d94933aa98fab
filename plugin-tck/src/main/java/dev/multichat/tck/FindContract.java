package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.tck.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code find}: the current state of a live session, or empty; never a write. */
public interface FindContract extends StoreFixture {

    @Test
    @DisplayName("Find: find of an id that was never created is empty.")
    default void findOfUnknownIdIsEmpty() {
        try (SessionStore store = openStore(new MutableClock())) {
            Samples.create(store, "other");
            assertThat(store.find(SessionId.of("missing"))).isEmpty();
        }
    }

    @Test
    @DisplayName("Find: find shows the version, lastSeq and updatedAt of the latest write.")
    default void findReflectsLatestWrite() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Samples.create(store, "s1").id();
            clock.advance(Duration.ofSeconds(3));
            store.append(id, Samples.drafts("m", 4));
            ChatSession found = store.find(id).orElseThrow();
            assertThat(found.version()).isEqualTo(2);
            assertThat(found.lastSeq()).isEqualTo(4);
            assertThat(found.state().updatedAt()).isEqualTo(clock.instant());
            assertThat(found.state().createdAt()).isEqualTo(MutableClock.START);
        }
    }

    @Test
    @DisplayName("Find: find of a deleted session is empty.")
    default void findAfterDeleteIsEmpty() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.delete(id);
            assertThat(store.find(id)).isEmpty();
        }
    }

    @Test
    @DisplayName("Find: find, read and list write nothing: version and updatedAt stay as they were.")
    default void readsWriteNothing() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Samples.create(store, "s1").id();
            ChatSession before = store.append(id, Samples.drafts("m", 2)).session();
            clock.advance(Duration.ofSeconds(5));
            store.find(id);
            Samples.all(store, id);
            store.tail(id, 1);
            store.list(dev.multichat.api.SessionQuery.first(Samples.OWNER, 10));
            assertThat(store.find(id)).contains(before);
        }
    }

    @Test
    @DisplayName("Find: A returned session is a snapshot: later writes do not change it.")
    default void returnedSessionIsSnapshot() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            ChatSession found = store.find(id).orElseThrow();
            store.update(id, SessionPatch.title("changed"), Expect.any());
            store.append(id, Samples.drafts("m", 1));
            assertThat(found.version()).isEqualTo(1);
            assertThat(found.info().title()).isEmpty();
        }
    }
}
