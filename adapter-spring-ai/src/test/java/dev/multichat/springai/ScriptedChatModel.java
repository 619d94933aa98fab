package dev.multichat.springai;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.AssistantMessage.ToolCall;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;

/**
 * A model that asks for the weather tool after each user message and answers with the tool's
 * result after the tool response; it records how many messages each prompt carried.
 */
final class ScriptedChatModel implements ChatModel {

    private final AtomicInteger calls = new AtomicInteger();
    private final List<Integer> promptSizes = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public ChatResponse call(Prompt prompt) {
        List<Message> messages = prompt.getInstructions();
        promptSizes.add(messages.size());
        Message last = messages.get(messages.size() - 1);
        AssistantMessage reply;
        if (last instanceof ToolResponseMessage tool) {
            reply = new AssistantMessage("The weather: " + tool.getResponses().get(0).responseData());
        } else {
            String city = last.getText();
            reply = AssistantMessage.builder().content("")
                    .toolCalls(List.of(new ToolCall("call-" + calls.incrementAndGet(), "function", "weather",
                            "{\"city\":\"" + city + "\"}")))
                    .build();
        }
        return new ChatResponse(List.of(new Generation(reply)));
    }

    @Override
    public ChatOptions getOptions() {
        return ToolCallingChatOptions.builder().build();
    }

    List<Integer> promptSizes() {
        return promptSizes;
    }
}
