package dev.multichat.springai;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.AssistantMessage.ToolCall;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.MessageType;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage.ToolResponse;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.content.Media;
import org.springframework.util.MimeType;

/** One Spring AI message of every kind and shape the mapping table lists. */
final class Samples {

    private Samples() {
    }

    static Map<String, Message> all() {
        Map<String, Message> all = new java.util.LinkedHashMap<>();
        all.put("system with metadata", SystemMessage.builder().text("You are terse.")
                .metadata(Map.of("version", 3L, "ratio", 0.5f)).build());
        all.put("user, text only", new UserMessage("Where is my refund? 😀 \"quoted\"\nnew line"));
        all.put("user with media references", UserMessage.builder().text("What is in these?")
                .media(List.of(new Media(MimeType.valueOf("image/png"), URI.create("https://example.com/a.png")),
                        Media.builder().mimeType(MimeType.valueOf("application/pdf")).data(url())
                                .id("file-1").name("report").build(),
                        Media.builder().mimeType(MimeType.valueOf("image/jpeg")).data(new byte[] {1, 2, -3})
                                .name("inline").build()))
                .metadata(metadata()).build());
        all.put("assistant with tool calls", AssistantMessage.builder().content("Let me check.")
                .properties(Map.of("finishReason", "TOOL_CALLS", "index", 0))
                .toolCalls(List.of(new ToolCall("call_1", "function", "weather", "{\"city\":\"Paris\"}"),
                        new ToolCall("call_2", "function", "time", "{\"zone\":\"CET\"}")))
                .build());
        all.put("assistant, null text, tool call only", AssistantMessage.builder()
                .toolCalls(List.of(new ToolCall("c", "function", "big", "{\"x\":\"" + "y".repeat(20_000) + "\"}")))
                .build());
        all.put("assistant, text only", new AssistantMessage("It left today."));
        all.put("tool responses", ToolResponseMessage.builder()
                .responses(List.of(new ToolResponse("call_1", "weather", "{\"sky\":\"clear\"}"),
                        new ToolResponse("call_2", "time", "12:00")))
                .metadata(Map.of("tookMs", 12L)).build());
        return all;
    }

    private static Map<String, Object> metadata() {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("long", 5L);
        metadata.put("int", 5);
        metadata.put("double", 1.25d);
        metadata.put("decimal", new BigDecimal("9.990"));
        metadata.put("enum", MessageType.TOOL);
        metadata.put("flag", false);
        metadata.put("nothing", null);
        metadata.put("nested", Map.of("list", List.of(1L, "two", Map.of("three", 3))));
        return metadata;
    }

    private static URL url() {
        try {
            return URI.create("https://example.com/report.pdf").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
