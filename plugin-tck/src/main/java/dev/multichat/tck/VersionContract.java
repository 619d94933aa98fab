package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.multichat.api.Expect;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.VersionConflictException;
import dev.multichat.tck.support.MutableClock;
import dev.multichat.tck.support.Snapshot;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Optimistic concurrency: versions count writes; a mismatched expectation writes nothing. */
public interface VersionContract extends StoreFixture {

    @Test
    @DisplayName("Version: Every write (append, update, trim) raises the version by exactly one.")
    default void everyWriteBumpsVersion() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            assertThat(store.append(id, Samples.drafts("m", 3)).session().version()).isEqualTo(2);
            assertThat(store.update(id, SessionPatch.title("t"), Expect.any()).version()).isEqualTo(3);
            store.trim(id, 1);
            assertThat(store.find(id).orElseThrow().version()).isEqualTo(4);
        }
    }

    @Test
    @DisplayName("Version: An append expecting the current version succeeds.")
    default void appendAtCurrentVersionSucceeds() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("a", 1), Expect.version(1));
            assertThat(store.append(id, Samples.drafts("b", 1), Expect.version(2)).session().version()).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(longs = {1, 3, 99})
    @DisplayName("Version: An append expecting another version fails with VersionConflictException and writes nothing.")
    default void appendAtWrongVersionWritesNothing(long expected) {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("a", 2));
            clock.advance(Duration.ofSeconds(1));
            Snapshot.assertRefused(store, id, VersionConflictException.class,
                    () -> store.append(id, Samples.drafts("b", 1), Expect.version(expected)));
        }
    }

    @Test
    @DisplayName("Version: A VersionConflictException names the session, the expected and the current version.")
    default void conflictCarriesVersions() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("a", 1));
            store.append(id, Samples.drafts("b", 1));
            assertThatThrownBy(() -> store.append(id, Samples.drafts("c", 1), Expect.version(1)))
                    .asInstanceOf(type(VersionConflictException.class))
                    .satisfies(e -> assertThat(e.id()).isEqualTo(id))
                    .satisfies(e -> assertThat(e.expected()).isEqualTo(1))
                    .satisfies(e -> assertThat(e.current()).isEqualTo(3));
        }
    }

    @Test
    @DisplayName("Version: An update expecting another version fails with VersionConflictException and changes"
            + " nothing.")
    default void updateAtWrongVersionWritesNothing() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("a", 1));
            clock.advance(Duration.ofSeconds(1));
            Snapshot.assertRefused(store, id, VersionConflictException.class,
                    () -> store.update(id, SessionPatch.title("lost"), Expect.version(1)));
            assertThatThrownBy(() -> store.update(id, SessionPatch.title("lost"), Expect.version(1)))
                    .satisfies(e -> assertThat(((VersionConflictException) e).current()).isEqualTo(2));
        }
    }

    @Test
    @DisplayName("Version: An update expecting the current version succeeds and raises it by one.")
    default void updateAtCurrentVersionSucceeds() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            assertThat(store.update(id, SessionPatch.title("t"), Expect.version(1)).version()).isEqualTo(2);
            assertThat(store.find(id).orElseThrow().info().title()).isEqualTo("t");
        }
    }

    @Test
    @DisplayName("Version: A failed write (missing session, version conflict, refused input) leaves the version as it"
            + " was.")
    default void failedWritesKeepVersion() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            assertThatThrownBy(() -> store.append(id, Samples.drafts("x", 1), Expect.version(7)))
                    .isInstanceOf(VersionConflictException.class);
            assertThatThrownBy(() -> store.update(id, SessionPatch.title("x"), Expect.version(7)))
                    .isInstanceOf(VersionConflictException.class);
            assertThatThrownBy(() -> store.append(id, java.util.List.of(), Expect.any()))
                    .isInstanceOf(dev.multichat.api.InvalidInputException.class);
            assertThat(store.find(id).orElseThrow().version()).isEqualTo(1);
            assertThatThrownBy(() -> store.append(SessionId.of("nope"), Samples.drafts("x", 1), Expect.version(1)))
                    .isInstanceOf(SessionNotFoundException.class);
        }
    }

    @Test
    @DisplayName("Version: A trim that removes nothing leaves the version and updatedAt as they were.")
    default void emptyTrimKeepsVersion() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 2));
            store.trim(id, 2);
            Snapshot before = Snapshot.of(store, id);
            clock.advance(Duration.ofSeconds(1));
            assertThat(store.trim(id, 2)).isZero();
            assertThat(store.trim(id, 0)).isZero();
            assertThat(Snapshot.of(store, id)).isEqualTo(before);
        }
    }
}
