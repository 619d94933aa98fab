package dev.multichat.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionIdTest {
    @ParameterizedTest(name = "[{index}] {arguments}")
    @DisplayName("ids of letters, digits and . _ : - are accepted")
    @ValueSource(strings = {"a", "chat-1", "tenant:42:chat_7", "a.b", "-x", "_", "9", "x..y"})
    void valid(String value) {
        assertThat(SessionId.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "[{index}] {arguments}")
    @DisplayName("path traversal, separators, a leading dot, spaces and non-ASCII are refused naming the rule")
    @ValueSource(strings = {"../x", "..", ".", ".hidden", "a/b", "a\\b", "", " a", "a b", "caf\u00e9",
        "a\u0000b", "x\ny", "a?b", "a*b", "%2e%2e"})
    void invalid(String value) {
        assertThatThrownBy(() -> SessionId.of(value)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A-Z a-z 0-9 . _ : -").hasMessageContaining("not starting with '.'");
    }

    @Test
    @DisplayName("128 characters are accepted, 129 refused")
    void length() {
        assertThat(SessionId.of("a".repeat(128)).value()).hasSize(128);
        assertThatThrownBy(() -> SessionId.of("a".repeat(129))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 to 128");
    }

    @Test
    @DisplayName("a null id is refused naming the parameter")
    void nullId() {
        assertThatThrownBy(() -> SessionId.of(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("session id");
    }

    @Test
    @DisplayName("ids order by their text and are equal by value")
    void ordering() {
        assertThat(SessionId.of("a")).isLessThan(SessionId.of("b")).isEqualTo(SessionId.of("a"));
        assertThat(SessionId.of("a")).hasToString("a");
    }
}
