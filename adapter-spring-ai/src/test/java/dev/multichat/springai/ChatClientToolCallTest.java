package dev.multichat.springai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.adapter.testing.Stores;
import dev.multichat.api.SessionStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.MessageType;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.function.FunctionToolCallback;

/**
 * A ChatClient with the memory advisor inside Spring AI's tool-calling loop and a scripted model
 * that calls a tool: the memory keeps every round (user, tool call, tool response, answer) and a
 * new store instance on the same data (a SQLite file, a Redis server) gives them back identically.
 */
class ChatClientToolCallTest {

    private static final int TURNS = 3;

    @TempDir
    Path dir;

    /** The weather tool's input, as the model's arguments name it. */
    record City(String city) {
    }

    private static ToolCallback weatherTool() {
        return FunctionToolCallback.builder("weather", (City in) -> "sunny in " + in.city())
                .description("The weather in a city").inputType(City.class).build();
    }

    @ParameterizedTest
    @CsvSource({"SQLITE, true", "SQLITE, false", "REDIS, true", "REDIS, false"})
    void everyRoundIsKeptWithItsToolCalls(Stores backend, boolean directMemory) {
        List<Message> remembered;
        try (SessionStore store = backend.open(dir)) {
            ChatMemory memory = directMemory ? new MultichatChatMemory(store, "spring-ai", 50)
                    : MessageWindowChatMemory.builder().maxMessages(50)
                            .chatMemoryRepository(new MultichatChatMemoryRepository(store, "spring-ai", 50)).build();
            ChatClient client = ChatClient.builder(new ScriptedChatModel())
                    .defaultAdvisors(MessageChatMemoryAdvisor.builder(memory)
                            .order(ToolCallingAdvisor.DEFAULT_ORDER + 1).build())
                    .build();
            for (String city : List.of("Paris", "Oslo", "Lima").subList(0, TURNS)) {
                String answer = client.prompt().user(city).toolCallbacks(weatherTool())
                        .advisors(a -> a.param(ChatMemory.CONVERSATION_ID, "trip")).call().content();
                assertThat(answer).contains("sunny in " + city);
            }
            remembered = memory.get("trip");
        }
        assertThat(remembered).extracting(Message::getMessageType).containsExactly(
                MessageType.USER, MessageType.ASSISTANT, MessageType.TOOL, MessageType.ASSISTANT,
                MessageType.USER, MessageType.ASSISTANT, MessageType.TOOL, MessageType.ASSISTANT,
                MessageType.USER, MessageType.ASSISTANT, MessageType.TOOL, MessageType.ASSISTANT);
        AssistantMessage call = (AssistantMessage) remembered.get(5);
        assertThat(call.getToolCalls()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("weather");
            assertThat(c.arguments()).isEqualTo("{\"city\":\"Oslo\"}");
        });
        assertThat(((ToolResponseMessage) remembered.get(6)).getResponses().get(0).id()).isEqualTo(call.getToolCalls()
                .get(0).id());
        try (SessionStore reopened = backend.open(dir)) {
            SameMessage.assertSame(new MultichatChatMemory(reopened, "spring-ai", 50).get("trip"), remembered);
        }
    }
}
