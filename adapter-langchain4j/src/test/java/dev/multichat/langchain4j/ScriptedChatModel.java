package dev.multichat.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A model that asks for the first offered tool after each user message (its one parameter set to
 * the user's text) and answers with the tool's result after the tool result.
 */
final class ScriptedChatModel implements ChatModel {

    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public ChatResponse doChat(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        ChatMessage last = messages.get(messages.size() - 1);
        AiMessage reply;
        if (last instanceof ToolExecutionResultMessage result) {
            reply = AiMessage.from("The weather: " + result.text());
        } else {
            ToolSpecification tool = request.toolSpecifications().get(0);
            String parameter = tool.parameters().properties().keySet().iterator().next();
            reply = AiMessage.from(ToolExecutionRequest.builder().id("call-" + calls.incrementAndGet())
                    .name(tool.name())
                    .arguments("{\"" + parameter + "\":\"" + ((UserMessage) last).singleText() + "\"}")
                    .build());
        }
        return ChatResponse.builder().aiMessage(reply).build();
    }
}
