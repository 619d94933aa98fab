package dev.multichat.tck;

import static dev.multichat.tck.Samples.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.Expect;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.VersionConflictException;
import dev.multichat.tck.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sliding TTLs restart on every write, and only on writes. */
public interface SlidingExpiryContract extends StoreFixture {

    @Test
    @DisplayName("Sliding expiry: An append restarts a sliding TTL: the session then expires TTL after the append.")
    default void appendSlides() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = slidingSession(store);
            Instant appendedAt = clock.advance(Duration.ofSeconds(7));
            assertThat(store.append(id, Samples.drafts("m", 1)).session().state().expiresAt())
                    .isEqualTo(appendedAt.plus(Expiring.TTL));
            clock.set(appendedAt.plus(Expiring.TTL).minusMillis(1));
            assertThat(store.find(id)).isPresent();
            clock.set(appendedAt.plus(Expiring.TTL));
            assertThat(store.find(id)).isEmpty();
        }
    }

    @Test
    @DisplayName("Sliding expiry: Appends within the TTL keep a sliding session alive far beyond a single TTL.")
    default void steadyWritesKeepAlive() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = slidingSession(store);
            for (int i = 0; i < 30; i++) {
                clock.advance(Duration.ofSeconds(9));
                store.append(id, Samples.drafts("m" + i, 1));
            }
            assertThat(store.find(id).orElseThrow().lastSeq()).isEqualTo(30);
        }
    }

    @Test
    @DisplayName("Sliding expiry: An update restarts a sliding TTL.")
    default void updateSlides() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = slidingSession(store);
            Instant updatedAt = clock.advance(Duration.ofSeconds(6));
            store.update(id, SessionPatch.title("t"), Expect.any());
            clock.set(updatedAt.plus(Expiring.TTL).minusMillis(1));
            assertThat(store.find(id)).isPresent();
        }
    }

    @Test
    @DisplayName("Sliding expiry: A trim that removes messages restarts a sliding TTL; one that removes nothing does"
            + " not.")
    default void trimSlidesOnlyWhenItRemoves() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = slidingSession(store);
            store.append(id, Samples.drafts("m", 3));
            Instant trimmedAt = clock.advance(Duration.ofSeconds(4));
            store.trim(id, 3);
            clock.advance(Duration.ofSeconds(4));
            store.trim(id, 3);
            assertThat(store.find(id).orElseThrow().state().expiresAt()).isEqualTo(trimmedAt.plus(Expiring.TTL));
        }
    }

    @Test
    @DisplayName("Sliding expiry: Reads (find, read, tail, list) do not restart a sliding TTL.")
    default void readsDoNotSlide() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = slidingSession(store);
            clock.advance(Duration.ofSeconds(9));
            store.find(id);
            store.read(id, MessageRange.all());
            store.tail(id, 1);
            store.list(SessionQuery.first(OWNER, 5));
            clock.advance(Duration.ofSeconds(1));
            assertThat(store.find(id)).isEmpty();
        }
    }

    @Test
    @DisplayName("Sliding expiry: A replayed retry writes nothing, so it does not restart a sliding TTL.")
    default void replayDoesNotSlide() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = slidingSession(store);
            store.append(id, Samples.withIds("k", 1, 1));
            clock.advance(Duration.ofSeconds(9));
            assertThat(store.append(id, Samples.withIds("k", 1, 1)).replayed()).isTrue();
            clock.advance(Duration.ofSeconds(1));
            assertThat(store.find(id)).isEmpty();
        }
    }

    @Test
    @DisplayName("Sliding expiry: A write refused for a version conflict does not restart a sliding TTL.")
    default void conflictDoesNotSlide() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = slidingSession(store);
            clock.advance(Duration.ofSeconds(9));
            assertThatThrownBy(() -> store.append(id, Samples.drafts("m", 1), Expect.version(5)))
                    .isInstanceOf(VersionConflictException.class);
            clock.advance(Duration.ofSeconds(1));
            assertThat(store.find(id)).isEmpty();
        }
    }

    private SessionId slidingSession(SessionStore store) {
        return store.create(NewSession.of("s1", OWNER).withTtl(Expiring.ttl(true))).id();
    }
}
