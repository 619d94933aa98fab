package dev.multichat.springai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.adapter.testing.Stores;
import dev.multichat.api.ChatMessage;
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
import org.springframework.ai.chat.messages.Message;

/** The README's mapping table, row by row: each message kind round-trips exactly through a reopened SQLite file. */
class FidelityTest {

    @TempDir
    Path dir;

    static Stream<Arguments> rows() {
        return Samples.all().entrySet().stream().map(row -> Arguments.of(row.getKey(), row.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void roundTripsExactlyThroughANewStoreInstance(String row, Message message) {
        try (SessionStore store = Stores.sqlite(dir)) {
            new MultichatChatMemoryRepository(store).saveAll("conversation", List.of(message));
        }
        try (SessionStore reopened = Stores.sqlite(dir)) {
            List<Message> back = new MultichatChatMemoryRepository(reopened, "spring-ai", 10)
                    .findByConversationId("conversation");
            SameMessage.assertSame(back, List.of(message));
        }
    }

    @Test
    void storesTheTableColumns() {
        Map<String, Message> samples = Samples.all();
        try (SessionStore store = Stores.sqlite(dir)) {
            new MultichatChatMemoryRepository(store).saveAll("table", List.copyOf(samples.values()));
            List<ChatMessage> stored = store.read(SessionId.of("table"), MessageRange.all());
            assertThat(stored).extracting(ChatMessage::role).containsExactly(Role.SYSTEM, Role.USER, Role.USER,
                    Role.ASSISTANT, Role.ASSISTANT, Role.ASSISTANT, Role.TOOL);
            assertThat(stored).allSatisfy(m -> assertThat(m.draft().id()).isNotNull());
            assertThat(stored.get(1).content()).isEqualTo(samples.get("user, text only").getText());
            assertThat(stored.get(1).draft().attributes()).isEmpty();
            assertThat(stored.get(2).draft().attributes()).containsKeys("media", "metadata");
            assertThat(stored.get(3).draft().attributes().get("toolCalls")).contains("call_1", "weather", "Paris");
            assertThat(stored.get(4).draft().attributes()).containsKeys("nullText", "toolCalls", "toolCalls~2");
            assertThat(stored.get(6).content()).contains("\"responseData\":\"12:00\"");
        }
    }
}
