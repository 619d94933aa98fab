package dev.multichat.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.CustomMessage;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.PdfFileContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One LangChain4j message of every kind and shape the mapping table lists. */
final class Samples {

    private Samples() {
    }

    static Map<String, ChatMessage> all() {
        Map<String, ChatMessage> all = new LinkedHashMap<>();
        all.put("system", SystemMessage.from("You are terse."));
        all.put("user, text only", UserMessage.from("Where is my refund? 😀 \"quoted\"\nnew line"));
        all.put("user with a name and attributes", UserMessage.builder().name("alice")
                .contents(List.of(TextContent.from("hi"))).attributes(Map.of("tokens", 12L, "lang", "en")).build());
        all.put("user with several contents and media references", UserMessage.from(
                TextContent.from("What is in these?"), ImageContent.from("https://example.com/a.png"),
                ImageContent.from("aGVsbG8=", "image/png", ImageContent.DetailLevel.HIGH),
                PdfFileContent.from("https://example.com/report.pdf")));
        all.put("ai, text only", AiMessage.from("It left today."));
        all.put("ai with tool requests, no text", AiMessage.from(
                ToolExecutionRequest.builder().id("call_1").name("weather").arguments("{\"city\":\"Paris\"}").build(),
                ToolExecutionRequest.builder().id("call_2").name("big")
                        .arguments("{\"x\":\"" + "y".repeat(20_000) + "\"}").build()));
        all.put("ai with text, thinking, tool request and attributes", AiMessage.builder().text("Checking.")
                .thinking("The user wants the weather.").toolExecutionRequests(List.of(ToolExecutionRequest.builder()
                        .id("c").name("weather").arguments("{}").build()))
                .attributes(Map.of("cost", new BigDecimal("0.0012"))).build());
        all.put("tool result", ToolExecutionResultMessage.from("call_1", "weather", "{\"sky\":\"clear\"}"));
        all.put("tool result, error, several contents", ToolExecutionResultMessage.builder().id("call_2")
                .toolName("big").contents(TextContent.from("failed"), TextContent.from("twice")).isError(true)
                .attributes(Map.of("retries", 2)).build());
        all.put("custom", CustomMessage.from(Map.of("role", "control", "n", 1L)));
        return all;
    }
}
