package dev.multichat.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageType;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.multichat.adapter.testing.Stores;
import dev.multichat.api.SessionStore;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * LangChain4j's AiServices with a scripted tool-calling model: the memory keeps every round
 * (system once, user, tool request, tool result, answer) and a new store instance on the same
 * file gives them back identically.
 */
class AiServicesTest {

    private static final List<String> CITIES = List.of("Paris", "Oslo", "Lima");

    @TempDir
    Path dir;

    /** The service under test. */
    interface Assistant {
        @SystemMessage("Be brief.")
        String chat(@MemoryId String memoryId, @UserMessage String city);
    }

    /** The tool the scripted model calls. */
    static final class WeatherTools {
        @Tool("The weather in a city")
        String weather(String city) {
            return "sunny in " + city;
        }
    }

    @ParameterizedTest
    @CsvSource({"SQLITE, true", "SQLITE, false", "REDIS, true", "REDIS, false"})
    void everyRoundIsKeptWithItsToolCalls(Stores backend, boolean directMemory) {
        BiFunction<SessionStore, Object, ChatMemory> memories = directMemory ? MultichatChatMemory::new
                : (store, id) -> MessageWindowChatMemory.builder().id(id).maxMessages(100)
                        .chatMemoryStore(new MultichatChatMemoryStore(store)).build();
        List<ChatMessage> remembered;
        try (SessionStore store = backend.open(dir)) {
            Assistant assistant = AiServices.builder(Assistant.class).chatModel(new ScriptedChatModel())
                    .chatMemoryProvider(id -> memories.apply(store, id)).tools(new WeatherTools()).build();
            for (String city : CITIES) {
                assertThat(assistant.chat("trip/1", city)).contains("sunny in " + city);
            }
            remembered = memories.apply(store, "trip/1").messages();
        }
        assertThat(remembered).extracting(ChatMessage::type).containsExactly(ChatMessageType.SYSTEM,
                ChatMessageType.USER, ChatMessageType.AI, ChatMessageType.TOOL_EXECUTION_RESULT, ChatMessageType.AI,
                ChatMessageType.USER, ChatMessageType.AI, ChatMessageType.TOOL_EXECUTION_RESULT, ChatMessageType.AI,
                ChatMessageType.USER, ChatMessageType.AI, ChatMessageType.TOOL_EXECUTION_RESULT, ChatMessageType.AI);
        AiMessage call = (AiMessage) remembered.get(6);
        assertThat(call.toolExecutionRequests()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("weather");
            assertThat(r.arguments()).contains("Oslo");
        });
        assertThat(((ToolExecutionResultMessage) remembered.get(7)).id())
                .isEqualTo(call.toolExecutionRequests().get(0).id());
        try (SessionStore reopened = backend.open(dir)) {
            assertThat(new MultichatChatMemoryStore(reopened).getMessages("trip/1")).isEqualTo(remembered);
        }
    }
}
