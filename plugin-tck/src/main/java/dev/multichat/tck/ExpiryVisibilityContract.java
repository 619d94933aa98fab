package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.tck.support.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An expired session is invisible at once, to every operation, for absolute and sliding TTLs. */
public interface ExpiryVisibilityContract extends StoreFixture {

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(booleans = {false, true})
    @DisplayName("Expiry visibility: A session is still fully visible one millisecond before it expires.")
    default void liveJustBeforeExpiry(boolean sliding) {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            Expiring.nearExpiry(store, clock, "s1", sliding);
            SessionId id = SessionId.of("s1");
            assertThat(store.find(id)).isPresent();
            assertThat(Samples.all(store, id)).hasSize(2);
            assertThat(store.list(SessionQuery.first(Samples.OWNER, 10)).items()).hasSize(1);
        }
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(booleans = {false, true})
    @DisplayName("Expiry visibility: At its expiry instant a session is no longer found.")
    default void findHidesExpired(boolean sliding) {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            assertThat(store.find(Expiring.expired(store, clock, sliding))).isEmpty();
        }
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(booleans = {false, true})
    @DisplayName("Expiry visibility: At its expiry instant a session is no longer listed, while live sessions of the"
            + " owner still are.")
    default void listSkipsExpired(boolean sliding) {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            Expiring.expired(store, clock, sliding);
            Samples.create(store, "live");
            assertThat(store.list(SessionQuery.first(Samples.OWNER, 10)).items())
                    .extracting(ChatSession::id).containsExactly(SessionId.of("live"));
        }
    }

    @ParameterizedTest(name = "[{index}]")
    @EnumSource(value = StoreCall.class, names = {"APPEND", "READ", "UPDATE", "TRIM"})
    @DisplayName("Expiry visibility: At the expiry instant of an absolute TTL, append, read, update and trim fail with"
            + " SessionNotFoundException.")
    default void absoluteExpiryHidesFromWrites(StoreCall call) {
        assertHiddenFrom(call, false);
    }

    @ParameterizedTest(name = "[{index}]")
    @EnumSource(value = StoreCall.class, names = {"APPEND", "READ", "UPDATE", "TRIM"})
    @DisplayName("Expiry visibility: At the expiry instant of a sliding TTL, append, read, update and trim fail with"
            + " SessionNotFoundException.")
    default void slidingExpiryHidesFromWrites(StoreCall call) {
        assertHiddenFrom(call, true);
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(booleans = {false, true})
    @DisplayName("Expiry visibility: Deleting an expired session returns false.")
    default void deleteOfExpiredIsFalse(boolean sliding) {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            assertThat(store.delete(Expiring.expired(store, clock, sliding))).isFalse();
        }
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(booleans = {false, true})
    @DisplayName("Expiry visibility: An expired session stays invisible when the clock moves on further.")
    default void expiredStaysInvisible(boolean sliding) {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Expiring.expired(store, clock, sliding);
            clock.advance(java.time.Duration.ofDays(30));
            assertThat(store.find(id)).isEmpty();
            assertThatThrownBy(() -> store.tail(id, 1)).isInstanceOf(SessionNotFoundException.class);
        }
    }

    private void assertHiddenFrom(StoreCall call, boolean sliding) {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Expiring.expired(store, clock, sliding);
            assertThatThrownBy(() -> call.invoke(store, id)).isInstanceOf(SessionNotFoundException.class);
            assertThat(store.find(id)).isEmpty();
        }
    }
}
