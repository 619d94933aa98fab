package dev.multichat.tck;

import static dev.multichat.tck.Samples.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.Ttl;
import dev.multichat.tck.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Absolute TTLs and sessions without TTL, driven by the test's clock. */
public interface ExpiryContract extends StoreFixture {

    @Test
    @DisplayName("Expiry: An absolute TTL is not extended by appends: the session expires TTL after it was set.")
    default void absoluteTtlIgnoresAppends() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = store.create(NewSession.of("s1", OWNER).withTtl(Expiring.ttl(false))).id();
            for (int second = 1; second < 10; second++) {
                clock.set(MutableClock.START.plusSeconds(second));
                store.append(id, Samples.drafts("m" + second, 1));
            }
            assertThat(store.find(id).orElseThrow().state().expiresAt()).isEqualTo(MutableClock.START.plusSeconds(10));
            clock.set(MutableClock.START.plusSeconds(10));
            assertThat(store.find(id)).isEmpty();
        }
    }

    @Test
    @DisplayName("Expiry: An update without a TTL keeps an absolute expiry where it was.")
    default void absoluteTtlIgnoresUpdates() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = store.create(NewSession.of("s1", OWNER).withTtl(Expiring.ttl(false))).id();
            clock.advance(Duration.ofSeconds(5));
            store.update(id, SessionPatch.title("t"), Expect.any());
            assertThat(store.find(id).orElseThrow().state().expiresAt()).isEqualTo(MutableClock.START.plusSeconds(10));
        }
    }

    @Test
    @DisplayName("Expiry: An update with a new TTL restarts the countdown from the update, keeping the session alive"
            + " past the"
            + " old expiry.")
    default void newTtlRestartsCountdown() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = store.create(NewSession.of("s1", OWNER).withTtl(Expiring.ttl(false))).id();
            clock.advance(Duration.ofSeconds(8));
            store.update(id, SessionPatch.ttl(Ttl.absolute(Duration.ofSeconds(10))), Expect.any());
            clock.set(MutableClock.START.plusSeconds(17));
            assertThat(store.find(id)).isPresent();
            clock.set(MutableClock.START.plusSeconds(18));
            assertThat(store.find(id)).isEmpty();
        }
    }

    @Test
    @DisplayName("Expiry: A session without TTL never expires, however far the clock moves.")
    default void noTtlNeverExpires() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 1));
            clock.advance(Duration.ofDays(3650));
            assertThat(store.find(id)).isPresent();
            assertThat(Samples.all(store, id)).hasSize(1);
        }
    }

    @Test
    @DisplayName("Expiry: Sessions expire independently: one expiring leaves the others readable.")
    default void sessionsExpireIndependently() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId shortLived = store.create(NewSession.of("short", OWNER)
                    .withTtl(Ttl.absolute(Duration.ofSeconds(5)))).id();
            SessionId longLived = store.create(NewSession.of("long", OWNER)
                    .withTtl(Ttl.absolute(Duration.ofSeconds(50)))).id();
            store.append(longLived, Samples.drafts("m", 2));
            clock.advance(Duration.ofSeconds(5));
            assertThat(store.find(shortLived)).isEmpty();
            assertThat(Samples.all(store, longLived)).hasSize(2);
        }
    }

    @Test
    @DisplayName("Expiry: An expired session's messages are gone for good: re-creating the id starts empty at seq 1.")
    default void expiredMessagesDoNotComeBack() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Expiring.expired(store, clock, false);
            Samples.create(store, "s1");
            assertThat(Samples.all(store, id)).isEmpty();
            assertThat(Samples.seqs(store.append(id, Samples.drafts("n", 1)).messages())).containsExactly(1L);
            clock.advance(Duration.ofDays(1));
            assertThat(store.find(id)).isPresent();
        }
    }

    @Test
    @DisplayName("Expiry: A TTL of exactly one second is honoured to the millisecond.")
    default void shortestTtlIsExact() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = store.create(NewSession.of("s1", OWNER).withTtl(Ttl.absolute(Duration.ofSeconds(1)))).id();
            clock.advance(Duration.ofMillis(999));
            assertThat(store.find(id)).isPresent();
            clock.advance(Duration.ofMillis(1));
            assertThat(store.find(id)).isEmpty();
        }
    }
}
