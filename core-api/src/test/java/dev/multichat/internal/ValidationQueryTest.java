package dev.multichat.internal;

import static dev.multichat.internal.Refusals.ID;
import static dev.multichat.internal.Refusals.OWNER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.Page;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.Ttl;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed queries, versions, TTLs and patches are refused with InvalidInputException (moved
 * from the TCK's ValidationQueryContract; a cursor the store did not issue is decoded by the
 * backend and stays a TCK check, ValidationContract.foreignCursorIsRefused).
 */
class ValidationQueryTest {
    private final SessionStore store = Refusals.open();

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(ints = {0, -1, SessionQuery.MAX_LIMIT + 1})
    @DisplayName("Validation query: A page limit outside 1..1000 is refused with InvalidInputException.")
    void badPageLimitIsRefused(int limit) {
        assertThatThrownBy(() -> SessionQuery.first(OWNER, limit)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("Validation query: Asking for the page after the last page is refused with InvalidInputException.")
    void nextOfLastPageIsRefused() {
        SessionQuery first = SessionQuery.first(OWNER, 10);
        Page<ChatSession> page = store.list(first);
        assertThatThrownBy(() -> first.next(page)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    @DisplayName("Validation query: An expected version below 1 is refused with InvalidInputException.")
    void badExpectedVersionIsRefused(long version) {
        assertThatThrownBy(() -> Expect.version(version)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(longs = {1, 999, -1000})
    @DisplayName("Validation query: A TTL shorter than one second (or negative) is refused with InvalidInputException.")
    void tooShortTtlIsRefused(long millis) {
        assertThatThrownBy(() -> Ttl.absolute(Duration.ofMillis(millis))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ttl.sliding(Duration.ofMillis(millis))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("Validation query: A sliding TTL of zero and a null TTL duration are refused with"
            + " InvalidInputException.")
    void zeroSlidingTtlIsRefused() {
        assertThatThrownBy(() -> Ttl.sliding(Duration.ZERO)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ttl.absolute(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("Validation query: A patch that changes nothing is refused with InvalidInputException.")
    void emptyPatchIsRefused() {
        assertThatThrownBy(() -> new SessionPatch(null, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SessionPatch.title(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("Validation query: Every refusal message names what was wrong in words, not just a type.")
    void refusalsExplainThemselves() {
        assertThatThrownBy(() -> store.append(ID, List.of(), Expect.any()))
                .isInstanceOf(InvalidInputException.class).message().isNotBlank().hasSizeGreaterThan(20);
        assertThatThrownBy(() -> store.trim(ID, -5)).message().contains("-5");
    }
}
