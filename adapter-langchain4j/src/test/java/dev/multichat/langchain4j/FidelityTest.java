package dev.multichat.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.ChatMessage;
import dev.multichat.adapter.testing.Stores;
import dev.multichat.api.MessageRange;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The README's mapping table, row by row: each message kind round-trips exactly through a reopened SQLite file. */
class FidelityTest {

    @TempDir
    Path dir;

    static Stream<Arguments> rows() {
        return Samples.all().entrySet().stream().map(row -> Arguments.of(row.getKey(), row.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void roundTripsExactlyThroughANewStoreInstance(String row, ChatMessage message) {
        try (SessionStore store = Stores.sqlite(dir)) {
            new MultichatChatMemoryStore(store).updateMessages("memory-1", List.of(message));
        }
        try (SessionStore reopened = Stores.sqlite(dir)) {
            List<ChatMessage> back = new MultichatChatMemoryStore(reopened).getMessages("memory-1");
            assertThat(back).containsExactly(message);
            assertThat(back.get(0).getClass()).isEqualTo(message.getClass());
        }
    }

    @Test
    void storesTheTableColumns() {
        Map<String, ChatMessage> samples = Samples.all();
        try (SessionStore store = Stores.sqlite(dir)) {
            new MultichatChatMemoryStore(store).updateMessages(42, List.copyOf(samples.values()));
            var stored = store.read(SessionId.of("42"), MessageRange.all());
            assertThat(stored).extracting(m -> m.role()).containsExactly(Role.SYSTEM, Role.USER, Role.USER,
                    Role.USER, Role.ASSISTANT, Role.ASSISTANT, Role.ASSISTANT, Role.TOOL, Role.TOOL, Role.ASSISTANT);
            assertThat(stored.get(2).draft().attributes()).containsEntry("name", "alice").containsKey("attributes");
            assertThat(stored.get(3).content()).isEmpty();
            assertThat(stored.get(3).draft().attributes().get("contents")).contains("https://example.com/a.png");
            assertThat(stored.get(5).draft().attributes()).containsKeys("nullText", "toolCalls", "toolCalls~2");
            assertThat(stored.get(7).content()).isEqualTo("{\"sky\":\"clear\"}");
            assertThat(stored.get(7).draft().attributes()).containsEntry("toolCallId", "call_1")
                    .containsEntry("toolName", "weather");
            assertThat(stored.get(9).draft().attributes()).containsEntry("custom", "true");
        }
    }
}
