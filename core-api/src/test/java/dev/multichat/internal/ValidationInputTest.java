package dev.multichat.internal;

import static dev.multichat.internal.Refusals.ID;
import static dev.multichat.internal.Refusals.OWNER;
import static dev.multichat.internal.Refusals.assertRefused;
import static dev.multichat.internal.Refusals.draft;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.Expect;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad ids and missing arguments are refused with InvalidInputException before the backend is
 * touched (moved from the TCK's ValidationInputContract; see {@link Refusals}).
 */
class ValidationInputTest {
    private final SessionStore store = Refusals.open();

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"", ".hidden", ".", "..", "a b", "a/b", "a\\b", "caf\u00E9", "tab\t", "semi;colon",
        "star*", "quote'", "new\nline", "nul\u0000", "\uD83D\uDE00", "per%cent", "q?x=1", "hash#"})
    @DisplayName("Validation input: An invalid session id is refused with InvalidInputException and no session is"
            + " created.")
    void invalidSessionIdsAreRefused(String value) {
        assertRefused(store, () -> store.create(NewSession.of(value, OWNER)));
        assertThatThrownBy(() -> SessionId.of(value)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("Validation input: A session id of 129 characters is refused with InvalidInputException.")
    void tooLongSessionIdIsRefused() {
        assertThatThrownBy(() -> SessionId.of("a".repeat(SessionId.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("session id");
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"", " ", "a b", "caf\u00E9", "tab\t", "del\u007F", "nl\n", "\uD83D\uDE00"})
    @DisplayName("Validation input: An invalid message id (empty, spaces, non-ASCII, control characters) is refused"
            + " with InvalidInputException.")
    void invalidMessageIdsAreRefused(String value) {
        assertThatThrownBy(() -> draft("x").withId(value)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> draft("x").withId("m".repeat(129))).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"create", "find", "append", "read", "update", "trim", "delete"})
    @DisplayName("Validation input: A null session id is refused with InvalidInputException by every operation that"
            + " takes one, and nothing is written.")
    void nullSessionIdIsRefused(String operation) {
        assertRefused(store, withNullId(operation));
    }

    @Test
    @DisplayName("Validation input: A null create spec, list query or read range is refused with"
            + " InvalidInputException.")
    void nullArgumentsAreRefused() {
        assertRefused(store, () -> store.create(null));
        assertRefused(store, () -> store.list(null));
        assertRefused(store, () -> store.read(ID, null));
    }

    @Test
    @DisplayName("Validation input: Text with a NUL character or an unpaired surrogate is refused with"
            + " InvalidInputException wherever it is stored.")
    void unstorableTextIsRefused() {
        for (String bad : new String[] {"a\u0000b", "lone \uD83D high", "lone \uDE00 low"}) {
            assertThatThrownBy(() -> draft(bad)).as(bad).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> MessageDraft.of(Role.USER, bad, "x")).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> NewSession.of("s", bad)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> NewSession.of("s", OWNER).withTitle(bad))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> draft("x").withAttributes(Map.of("k", bad)))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    @DisplayName("Validation input: Empty or oversized owner, author and title, and null content or role, are refused"
            + " with InvalidInputException.")
    void emptyOrOversizedFieldsAreRefused() {
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
            + " after(-1, n), after(s, 0).")
    void badRangesAreRefused() {
        assertThatThrownBy(() -> MessageRange.tail(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MessageRange.tail(MessageRange.MAX_LIMIT + 1))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MessageRange.after(-1, 5)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MessageRange.after(0, 0)).isInstanceOf(InvalidInputException.class);
    }

    /** The named operation, called with a null session id. */
    private ThrowingCallable withNullId(String operation) {
        return switch (operation) {
            case "create" -> () -> store.create(new NewSession(null, SessionInfo.of(OWNER)));
            case "find" -> () -> store.find(null);
            case "append" -> () -> store.append(null, List.of(draft("hello")), Expect.any());
            case "read" -> () -> store.read(null, MessageRange.all());
            case "update" -> () -> store.update(null, SessionPatch.title("renamed"), Expect.any());
            case "trim" -> () -> store.trim(null, 1);
            default -> () -> store.delete(null);
        };
    }
}
