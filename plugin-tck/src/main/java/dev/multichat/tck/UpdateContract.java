package dev.multichat.tck;

import static dev.multichat.tck.Samples.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.Ttl;
import dev.multichat.tck.support.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code update}: changes title, metadata or TTL, bumps the version, leaves messages alone. */
public interface UpdateContract extends StoreFixture {

    @Test
    @DisplayName("Update: A title patch changes only the title; owner, metadata and TTL stay.")
    default void titlePatchChangesOnlyTitle() {
        try (SessionStore store = openStore(new MutableClock())) {
            ChatSession created = store.create(NewSession.of("s1", OWNER).withTitle("old")
                    .withMetadata(Map.of("k", "v")).withTtl(Ttl.absolute(Duration.ofHours(1))));
            ChatSession updated = store.update(created.id(), SessionPatch.title("new"), Expect.any());
            SessionInfo expected = new SessionInfo(OWNER, "new", Map.of("k", "v"), Ttl.absolute(Duration.ofHours(1)));
            assertThat(updated.info()).isEqualTo(expected);
            assertThat(updated.state().expiresAt()).isEqualTo(created.state().expiresAt());
        }
    }

    @Test
    @DisplayName("Update: A metadata patch replaces the whole metadata map.")
    default void metadataPatchReplacesMap() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = store.create(NewSession.of("s1", OWNER).withMetadata(Map.of("a", "1", "b", "2"))).id();
            store.update(id, SessionPatch.metadata(Map.of("c", "3")), Expect.any());
            assertThat(store.find(id).orElseThrow().info().metadata()).isEqualTo(Map.of("c", "3"));
            store.update(id, SessionPatch.metadata(Map.of()), Expect.any());
            assertThat(store.find(id).orElseThrow().info().metadata()).isEmpty();
        }
    }

    @Test
    @DisplayName("Update: A TTL patch sets the expiry to the update's time plus the new TTL.")
    default void ttlPatchCountsFromUpdate() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Samples.create(store, "s1").id();
            clock.advance(Duration.ofMinutes(3));
            ChatSession updated = store.update(id, SessionPatch.ttl(Ttl.absolute(Duration.ofMinutes(10))),
                    Expect.any());
            assertThat(updated.state().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
            assertThat(updated.info().ttl()).isEqualTo(Ttl.absolute(Duration.ofMinutes(10)));
        }
    }

    @Test
    @DisplayName("Update: Patching the TTL to none removes the expiry.")
    default void ttlNoneRemovesExpiry() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = store.create(NewSession.of("s1", OWNER).withTtl(Ttl.absolute(Duration.ofSeconds(10)))).id();
            assertThat(store.update(id, SessionPatch.ttl(Ttl.NONE), Expect.any()).state().expiresAt()).isNull();
            clock.advance(Duration.ofDays(400));
            assertThat(store.find(id)).isPresent();
        }
    }

    @Test
    @DisplayName("Update: An update raises the version by one and sets updatedAt to now; createdAt and lastSeq stay.")
    default void updateBumpsVersionAndTime() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 3));
            clock.advance(Duration.ofSeconds(42));
            ChatSession updated = store.update(id, SessionPatch.title("t"), Expect.any());
            assertThat(updated.version()).isEqualTo(3);
            assertThat(updated.lastSeq()).isEqualTo(3);
            assertThat(updated.state().updatedAt()).isEqualTo(clock.instant());
            assertThat(updated.state().createdAt()).isEqualTo(MutableClock.START);
        }
    }

    @Test
    @DisplayName("Update: update returns the session exactly as find shows it afterwards.")
    default void updateReturnsStoredSession() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            ChatSession updated = store.update(id, new SessionPatch("t", Map.of("x", "y"),
                    Ttl.sliding(Duration.ofHours(1))),
                    Expect.version(1));
            assertThat(store.find(id)).contains(updated);
        }
    }

    @Test
    @DisplayName("Update: An update leaves the session's messages untouched.")
    default void updateLeavesMessages() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 4));
            var before = Samples.all(store, id);
            store.update(id, new SessionPatch("t", Map.of("a", "b"), Ttl.absolute(Duration.ofDays(1))), Expect.any());
            assertThat(Samples.all(store, id)).isEqualTo(before);
        }
    }

    @Test
    @DisplayName("Update: Updating a session that was never created fails with SessionNotFoundException and creates"
            + " nothing.")
    default void updateOfUnknownSessionFails() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = SessionId.of("ghost");
            assertThatThrownBy(() -> store.update(id, SessionPatch.title("t"), Expect.any()))
                    .isInstanceOf(SessionNotFoundException.class);
            assertThat(store.find(id)).isEmpty();
        }
    }
}
