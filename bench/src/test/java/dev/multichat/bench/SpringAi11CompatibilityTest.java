package dev.multichat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.springai.MultichatChatMemoryRepository;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.content.Media;
import org.springframework.util.MimeType;

/**
 * The Spring AI adapter's jar, built against Spring AI 2.0.x, on the Spring AI 1.1.x this module
 * runs its peer with: every message kind, media included, round-trips through a reopened SQLite
 * file behind 1.1's own MessageWindowChatMemory.
 */
class SpringAi11CompatibilityTest {

    @TempDir
    Path dir;

    @Test
    void theAdapterBuiltFor20RunsOnSpringAi11() throws Exception {
        UserMessage user = UserMessage.builder().text("look").metadata(Map.of("n", 5L))
                .media(List.of(new Media(MimeType.valueOf("image/png"), URI.create("https://example.com/a.png")),
                        Media.builder().mimeType(MimeType.valueOf("image/png")).data(new byte[] {1, 2}).name("b")
                                .build(),
                        Media.builder().mimeType(MimeType.valueOf("text/plain"))
                                .data(URI.create("https://example.com/c.txt").toURL()).name("c").build()))
                .build();
        AssistantMessage call = AssistantMessage.builder().content("")
                .toolCalls(List.of(new AssistantMessage.ToolCall("id-1", "function", "weather", "{}"))).build();
        ToolResponseMessage result = ToolResponseMessage.builder()
                .responses(List.of(new ToolResponseMessage.ToolResponse("id-1", "weather", "sunny"))).build();
        String uri = "sqlite:" + dir.resolve("compat.db");
        try (SessionStore store = SessionStores.open(uri)) {
            ChatMemory memory = MessageWindowChatMemory.builder()
                    .chatMemoryRepository(new MultichatChatMemoryRepository(store)).build();
            memory.add("c", List.of(user, call, result));
        }
        try (SessionStore reopened = SessionStores.open(uri)) {
            List<Message> back = new MultichatChatMemoryRepository(reopened).findByConversationId("c");
            assertThat(back).hasSize(3);
            UserMessage userBack = (UserMessage) back.get(0);
            assertThat(userBack.getMetadata()).isEqualTo(user.getMetadata());
            assertThat(userBack.getMedia()).extracting(Media::getName).containsExactly(
                    user.getMedia().get(0).getName(), "b", "c");
            assertThat(userBack.getMedia().get(1).getDataAsByteArray()).containsExactly(1, 2);
            assertThat(userBack.getMedia().get(2).getData()).isInstanceOf(java.net.URL.class)
                    .hasToString(user.getMedia().get(2).getData().toString());
            assertThat(((AssistantMessage) back.get(1)).getToolCalls()).isEqualTo(call.getToolCalls());
            assertThat(((ToolResponseMessage) back.get(2)).getResponses()).isEqualTo(result.getResponses());
        }
    }
}
