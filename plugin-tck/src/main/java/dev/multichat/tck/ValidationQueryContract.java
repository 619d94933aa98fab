package dev.multichat.tck;

import static dev.multichat.tck.Samples.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.Expect;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.Ttl;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed queries, cursors, versions, TTLs and patches are refused with InvalidInputException. */
public interface ValidationQueryContract extends StoreFixture {

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(ints = {0, -1, SessionQuery.MAX_LIMIT + 1})
    @DisplayName("Validation query: A page limit outside 1..1000 is refused with InvalidInputException.")
    default void badPageLimitIsRefused(int limit) {
        assertThatThrownBy(() -> SessionQuery.first(OWNER, limit)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"garbage", "", "djE6", "djE6YWJjOmlk", "djI6MTIzOmlk", "!!!"})
    @DisplayName("Validation query: A cursor the store did not issue is refused with InvalidInputException, before the"
            + " store is asked.")
    default void foreignCursorIsRefused(String cursor) {
        try (SessionStore store = openStore(new MutableClock())) {
            Samples.create(store, "s1");
            assertThatThrownBy(() -> store.list(new SessionQuery(OWNER, 10, cursor)))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(Listing.walk(store, OWNER, 10)).hasSize(1);
        }
    }

    @Test
    @DisplayName("Validation query: Asking for the page after the last page is refused with InvalidInputException.")
    default void nextOfLastPageIsRefused() {
        try (SessionStore store = openStore(new MutableClock())) {
            Samples.create(store, "s1");
            SessionQuery first = SessionQuery.first(OWNER, 10);
            var page = store.list(first);
            assertThatThrownBy(() -> first.next(page)).isInstanceOf(InvalidInputException.class);
        }
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    @DisplayName("Validation query: An expected version below 1 is refused with InvalidInputException.")
    default void badExpectedVersionIsRefused(long version) {
        assertThatThrownBy(() -> Expect.version(version)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(longs = {1, 999, -1000})
    @DisplayName("Validation query: A TTL shorter than one second (or negative) is refused with InvalidInputException.")
    default void tooShortTtlIsRefused(long millis) {
        assertThatThrownBy(() -> Ttl.absolute(Duration.ofMillis(millis))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ttl.sliding(Duration.ofMillis(millis))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("Validation query: A sliding TTL of zero and a null TTL duration are refused with"
            + " InvalidInputException.")
    default void zeroSlidingTtlIsRefused() {
        assertThatThrownBy(() -> Ttl.sliding(Duration.ZERO)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ttl.absolute(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("Validation query: A patch that changes nothing is refused with InvalidInputException.")
    default void emptyPatchIsRefused() {
        assertThatThrownBy(() -> new SessionPatch(null, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SessionPatch.title(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("Validation query: Every refusal message names what was wrong in words, not just a type.")
    default void refusalsExplainThemselves() {
        try (SessionStore store = openStore(new MutableClock())) {
            var id = Samples.create(store, "s1").id();
            assertThatThrownBy(() -> store.append(id, java.util.List.of(), Expect.any()))
                    .isInstanceOf(InvalidInputException.class).message().isNotBlank().hasSizeGreaterThan(20);
            assertThatThrownBy(() -> store.trim(id, -5)).message().contains("-5");
        }
    }
}
