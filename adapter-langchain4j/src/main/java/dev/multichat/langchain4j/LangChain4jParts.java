package dev.multichat.langchain4j;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.multichat.adapter.internal.Json;
import dev.multichat.adapter.internal.LongAttributes;
import dev.multichat.adapter.internal.TypedJson;
import java.util.List;
import java.util.Map;

/**
 * The structured parts of LangChain4j messages: contents other than one text (in LangChain4j's
 * own JSON form), tool execution requests and results, thinking. Stateless and thread-safe.
 */
final class LangChain4jParts {

    static final String CONTENTS = "contents";
    static final String TOOL_CALLS = "toolCalls";
    static final String TOOL_CALL_ID = "toolCallId";
    static final String TOOL_NAME = "toolName";
    static final String IS_ERROR = "isError";
    private static final TypeReference<List<ToolCallRef>> CALLS = new TypeReference<>() { };

    /** One tool execution request as stored. */
    record ToolCallRef(String id, String name, String arguments) {
    }

    private LangChain4jParts() {
    }

    /** @return the message content: the single text, or "" with the contents put as an attribute */
    static String putContents(Map<String, String> attributes, List<Content> contents) {
        if (contents.size() == 1 && contents.get(0) instanceof TextContent text) {
            return text.text();
        }
        LongAttributes.put(attributes, CONTENTS, ChatMessageSerializer.messageToJson(UserMessage.from(contents)));
        return "";
    }

    static List<Content> contents(Map<String, String> attributes, String text) {
        String json = LongAttributes.get(attributes, CONTENTS);
        return json == null ? List.of(TextContent.from(text))
                : ((UserMessage) ChatMessageDeserializer.messageFromJson(json)).contents();
    }

    static void putAi(Map<String, String> attributes, AiMessage ai) {
        LongAttributes.put(attributes, LangChain4jCodec.THINKING, ai.thinking());
        if (ai.hasToolExecutionRequests()) {
            LongAttributes.put(attributes, TOOL_CALLS, Json.write(ai.toolExecutionRequests().stream()
                    .map(r -> new ToolCallRef(r.id(), r.name(), r.arguments())).toList(), "tool calls"));
        }
        LongAttributes.put(attributes, LangChain4jCodec.ATTRIBUTES, TypedJson.write(ai.attributes()));
    }

    static AiMessage ai(Map<String, String> attributes, String text, Map<String, Object> extra) {
        String calls = LongAttributes.get(attributes, TOOL_CALLS);
        List<ToolExecutionRequest> requests = calls == null ? List.of() : Json.read(calls, CALLS, "tool calls")
                .stream().map(c -> ToolExecutionRequest.builder().id(c.id()).name(c.name()).arguments(c.arguments())
                        .build()).toList();
        return AiMessage.builder().text(text).thinking(LongAttributes.get(attributes, LangChain4jCodec.THINKING))
                .toolExecutionRequests(requests).attributes(extra).build();
    }

    static void putResult(Map<String, String> attributes, ToolExecutionResultMessage result) {
        LongAttributes.put(attributes, TOOL_CALL_ID, result.id());
        LongAttributes.put(attributes, TOOL_NAME, result.toolName());
        if (result.isError() != null) {
            attributes.put(IS_ERROR, result.isError().toString());
        }
        LongAttributes.put(attributes, LangChain4jCodec.ATTRIBUTES, TypedJson.write(result.attributes()));
    }

    static ToolExecutionResultMessage result(Map<String, String> attributes, String text, Map<String, Object> extra) {
        String isError = attributes.get(IS_ERROR);
        return ToolExecutionResultMessage.builder().id(LongAttributes.get(attributes, TOOL_CALL_ID))
                .toolName(LongAttributes.get(attributes, TOOL_NAME)).contents(contents(attributes, text))
                .isError(isError == null ? null : Boolean.valueOf(isError)).attributes(extra).build();
    }
}
