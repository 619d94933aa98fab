package dev.multichat.redis.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link StoredJson} reads every message {@link MessageCodec#encode} writes (escapes, non-ASCII,
 * surrogate pairs, attributes) to exactly the draft that was written, and declines (null) any
 * other shape, which {@link MessageCodec#decode(long, byte[], int, String)} then parses with Jackson; a
 * list element ({@code <seq>\n} in front) decodes to its own seq.
 */
class StoredJsonTest {
    private static final Instant AT = Instant.ofEpochMilli(1_764_590_400_123L);

    @Test
    @DisplayName("every stored message reads back exactly, without Jackson")
    void readsWhatTheCodecWrites() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("model", "gpt \"x\"");
        attributes.put("é\\k", "line\nnext\ttab \u0001 😀");
        List<MessageDraft> drafts = List.of(
                MessageDraft.of(Role.USER, "ann", "hello"),
                MessageDraft.of(Role.ASSISTANT, "bot", "quote \" backslash \\ slash / newline\n cr\r tab\t"
                        + " bell\u0007 nul-free \u001f end").withId("m-1"),
                MessageDraft.of(Role.SYSTEM, "sys", "é 中文 😀 𝄞 </script>").withAttributes(attributes),
                MessageDraft.of(Role.TOOL, "t", "").withId("id:with/punctuation"));
        long seq = 1;
        for (MessageDraft draft : drafts) {
            byte[] stored = MessageCodec.encode(draft, AT).getBytes(StandardCharsets.UTF_8);
            int json = indexOfNewline(stored) + 1;
            ChatMessage expected = new ChatMessage(seq, AT, draft);
            assertThat(StoredJson.read(seq, draft.id(), stored, json)).as("fast read of %s", draft).isEqualTo(expected);
            assertThat(MessageCodec.decode(seq, stored, 0, "k")).isEqualTo(expected);
            byte[] element = (seq + "\n" + MessageCodec.encode(draft, AT)).getBytes(StandardCharsets.UTF_8);
            assertThat(Elements.element(element, "k")).as("list element of %s", draft).isEqualTo(expected);
            seq++;
        }
    }

    @Test
    @DisplayName("JSON in another shape is declined by the fast reader and parsed by Jackson")
    void otherShapesGoToJackson() {
        String[] others = {
            "{ \"at\": 5, \"a\": \"ann\", \"r\": \"USER\", \"c\": \"hi\", \"x\": {} }",
            "{\"a\":\"ann\",\"at\":5,\"r\":\"USER\",\"c\":\"hi\",\"x\":{}}",
            "{\"at\":5,\"a\":\"ann\",\"r\":\"USER\",\"c\":\"hi\",\"x\":{},\"future\":1}",
            "{\"at\":5,\"a\":\"ann\",\"r\":\"USER\",\"c\":\"h\\u0069\",\"x\":{}}",
        };
        ChatMessage expected = new ChatMessage(7, Instant.ofEpochMilli(5), MessageDraft.of(Role.USER, "ann", "hi"));
        for (int i = 0; i < others.length; i++) {
            byte[] stored = ("\n" + others[i]).getBytes(StandardCharsets.UTF_8);
            if (i < 3) {
                assertThat(StoredJson.read(7, null, stored, 1)).as("declined: %s", others[i]).isNull();
            }
            assertThat(MessageCodec.decode(7, stored, 0, "k")).as("decoded: %s", others[i]).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("what neither reader accepts is CorruptDataException naming the key and seq")
    void corruptValues() {
        for (String bad : List.of("{\"at\":5,\"a\":\"ann\",\"r\":\"NOPE\",\"c\":\"hi\",\"x\":{}}",
                "{\"at\":5,\"a\":\"ann\",\"r\":\"USER\",\"c\":\"hi\\q\",\"x\":{}}",
                "{\"at\":5,\"a\":\"ann\",\"r\":\"USER\",\"c\":\"unterminated", "[]", "no second newline")) {
            byte[] element = ("3\n" + (bad.startsWith("no") ? bad : "\n" + bad)).getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> Elements.element(element, "p:{s}:m"))
                    .isInstanceOf(CorruptDataException.class).hasMessageContaining("p:{s}:m")
                    .hasMessageContaining("seq 3");
        }
    }

    @Test
    @DisplayName("a list element that does not start with its seq is CorruptDataException naming the key")
    void elementWithoutSeq() {
        for (String bad : List.of("\n{}", "x1\n\n{}", "12345678901234567890\n\n{}", "")) {
            byte[] element = bad.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> Elements.element(element, "p:{s}:m"))
                    .isInstanceOf(CorruptDataException.class).hasMessageContaining("p:{s}:m")
                    .hasMessageContaining("does not start with its seq");
        }
    }

    private static int indexOfNewline(byte[] stored) {
        for (int i = 0; i < stored.length; i++) {
            if (stored[i] == '\n') {
                return i;
            }
        }
        throw new AssertionError("no newline");
    }
}
