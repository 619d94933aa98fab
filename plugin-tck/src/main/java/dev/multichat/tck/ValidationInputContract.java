package dev.multichat.tck;

import static dev.multichat.tck.Samples.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad ids and missing arguments are refused with InvalidInputException before the backend is touched. */
public interface ValidationInputContract extends StoreFixture {

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"", ".hidden", ".", "..", "a b", "a/b", "a\\b", "caf\u00E9", "tab\t", "semi;colon",
        "star*", "quote'", "new\nline", "nul\u0000", "\uD83D\uDE00", "per%cent", "q?x=1", "hash#"})
    @DisplayName("Validation input: An invalid session id is refused with InvalidInputException and no session is"
            + " created.")
    default void invalidSessionIdsAreRefused(String value) {
        try (SessionStore store = openStore(new MutableClock())) {
            assertThatThrownBy(() -> store.create(NewSession.of(value, OWNER)))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> SessionId.of(value)).isInstanceOf(InvalidInputException.class);
            assertThat(Listing.walk(store, OWNER, 10)).isEmpty();
        }
    }

    @Test
    @DisplayName("Validation input: A session id of 129 characters is refused with InvalidInputException.")
    default void tooLongSessionIdIsRefused() {
        assertThatThrownBy(() -> SessionId.of("a".repeat(SessionId.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("session id");
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"", " ", "a b", "caf\u00E9", "tab\t", "del\u007F", "nl\n", "\uD83D\uDE00"})
    @DisplayName("Validation input: An invalid message id (empty, spaces, non-ASCII, control characters) is refused"
            + " with"
            + " InvalidInputException.")
    default void invalidMessageIdsAreRefused(String value) {
        assertThatThrownBy(() -> Samples.draft("x").withId(value)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Samples.draft("x").withId("m".repeat(129))).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "[{index}]")
    @EnumSource(value = StoreCall.class, names = {"CREATE", "FIND", "APPEND", "READ", "UPDATE", "TRIM", "DELETE"})
    @DisplayName("Validation input: A null session id is refused with InvalidInputException by every operation that"
            + " takes one, and"
            + " nothing is written.")
    default void nullSessionIdIsRefused(StoreCall call) {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            Snapshot.assertRefused(store, id, InvalidInputException.class, () -> call.invoke(store, null));
        }
    }

    @Test
    @DisplayName("Validation input: A null create spec, list query or read range is refused with"
            + " InvalidInputException.")
    default void nullArgumentsAreRefused() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            assertThatThrownBy(() -> store.create(null)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> store.list(null)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> store.read(id, null)).isInstanceOf(InvalidInputException.class);
            assertThat(Listing.walk(store, OWNER, 10)).hasSize(1);
        }
    }

    @Test
    @DisplayName("Validation input: Text with a NUL character or an unpaired surrogate is refused with"
            + " InvalidInputException wherever it"
            + " is stored.")
    default void unstorableTextIsRefused() {
        for (String bad : new String[] {"a\u0000b", "lone \uD83D high", "lone \uDE00 low"}) {
            assertThatThrownBy(() -> Samples.draft(bad)).as(bad).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> MessageDraft.of(Role.USER, bad, "x")).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> NewSession.of("s", bad)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> NewSession.of("s", OWNER).withTitle(bad))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> Samples.draft("x").withAttributes(java.util.Map.of("k", bad)))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    @DisplayName("Validation input: Empty or oversized owner, author and title, and null content or role, are refused"
            + " with"
            + " InvalidInputException.")
    default void emptyOrOversizedFieldsAreRefused() {
        assertThatThrownBy(() -> NewSession.of("s", "")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> NewSession.of("s", "o".repeat(257))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> NewSession.of("s", OWNER).withTitle("t".repeat(1025)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MessageDraft.of(Role.USER, "", "x")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MessageDraft.of(Role.USER, "a".repeat(257), "x"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MessageDraft.of(Role.USER, "a", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MessageDraft.of(null, "a", "x")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("Validation input: Out-of-range reads are refused with InvalidInputException: tail(0), tail(10001),"
            + " after(-1, n),"
            + " after(s, 0).")
    default void badRangesAreRefused() {
        assertThatThrownBy(() -> MessageRange.tail(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MessageRange.tail(MessageRange.MAX_LIMIT + 1))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MessageRange.after(-1, 5)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MessageRange.after(0, 0)).isInstanceOf(InvalidInputException.class);
    }
}
