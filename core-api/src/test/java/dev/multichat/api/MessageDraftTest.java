package dev.multichat.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessageDraftTest {
    private static MessageDraft text(String content) {
        return MessageDraft.of(Role.USER, "alice", content);
    }

    @Test
    @DisplayName("content with NUL is refused naming the index")
    void nul() {
        assertThatThrownBy(() -> text("ab\u0000c")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("NUL").hasMessageContaining("index 2");
    }

    @Test
    @DisplayName("an unpaired surrogate, high or low, is refused; paired ones (emoji) and RTL are kept")
    void surrogates() {
        assertThatThrownBy(() -> text("x\uD83D")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unpaired UTF-16 surrogate at index 1");
        assertThatThrownBy(() -> text("\uDE00x")).hasMessageContaining("index 0");
        assertThatThrownBy(() -> text("\uDE00\uD83D")).isInstanceOf(InvalidInputException.class);
        assertThat(text("\uD83D\uDE00 \u05e9\u05dc\u05d5\u05dd \t\r\n\u0007").content()).hasSize(12);
        assertThat(text("").content()).isEmpty();
    }

    @Test
    @DisplayName("message ids are 1 to 128 printable ASCII characters without spaces, or null")
    void messageIds() {
        assertThat(text("x").withId("a".repeat(128)).id()).hasSize(128);
        assertThat(text("x").withId(null).id()).isNull();
        for (String bad : new String[] {"", "a b", "a".repeat(129), "caf\u00e9", "a\tb"}) {
            assertThatThrownBy(() -> text("x").withId(bad)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("message id");
        }
    }

    @Test
    @DisplayName("author, role and content are required; author is 1 to 256 characters")
    void required() {
        assertThatThrownBy(() -> MessageDraft.of(Role.USER, "", "x")).hasMessageContaining("author must be 1 to 256");
        assertThatThrownBy(() -> MessageDraft.of(Role.USER, "a".repeat(257), "x")).hasMessageContaining("got 257");
        assertThatThrownBy(() -> MessageDraft.of(Role.USER, null, "x")).hasMessageContaining("author");
        assertThatThrownBy(() -> MessageDraft.of(null, "a", "x")).hasMessageContaining("role");
        assertThatThrownBy(() -> MessageDraft.of(Role.USER, "a", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("content");
    }

    @Test
    @DisplayName("attributes are copied and checked: null values and empty keys are refused")
    void attributes() {
        Map<String, String> attrs = new HashMap<>(Map.of("model", "m1"));
        MessageDraft draft = text("x").withAttributes(attrs);
        attrs.put("model", "changed");
        assertThat(draft.attributes()).containsEntry("model", "m1");
        assertThat(text("x").withAttributes(null).attributes()).isEmpty();
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("k", null);
        assertThatThrownBy(() -> text("x").withAttributes(nullValue)).hasMessageContaining("attributes['k'] is null");
        assertThatThrownBy(() -> text("x").withAttributes(Map.of("", "v"))).hasMessageContaining("key");
    }
}
