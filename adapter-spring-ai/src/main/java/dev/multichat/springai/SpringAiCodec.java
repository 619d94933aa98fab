package dev.multichat.springai;

import dev.multichat.adapter.internal.LongAttributes;
import dev.multichat.adapter.internal.MessageCodec;
import dev.multichat.adapter.internal.TypedJson;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.ai.chat.messages.AbstractMessage;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.content.MediaContent;

/**
 * Spring AI messages to Multichat drafts and back (the README's mapping table). Stateless and
 * thread-safe.
 */
final class SpringAiCodec implements MessageCodec<Message> {

    static final String METADATA = "metadata";
    static final String NULL_TEXT = "nullText";

    @Override
    public MessageDraft encode(Message message, String messageId) {
        Map<String, String> attributes = new HashMap<>();
        Map<String, Object> metadata = new HashMap<>(message.getMetadata());
        metadata.remove(AbstractMessage.MESSAGE_TYPE);
        LongAttributes.put(attributes, METADATA, TypedJson.write(metadata));
        if (message instanceof MediaContent withMedia) {
            LongAttributes.put(attributes, SpringAiParts.MEDIA, SpringAiParts.writeMedia(withMedia.getMedia()));
        }
        if (message instanceof AssistantMessage assistant) {
            LongAttributes.put(attributes, SpringAiParts.TOOL_CALLS,
                    SpringAiParts.writeToolCalls(assistant.getToolCalls()));
        }
        String content = message instanceof ToolResponseMessage tool
                ? SpringAiParts.writeResponses(tool.getResponses()) : message.getText();
        if (content == null) {
            attributes.put(NULL_TEXT, "true");
        }
        Role role = roleOf(message);
        return new MessageDraft(messageId, role.name().toLowerCase(Locale.ROOT), role,
                content == null ? "" : content, attributes);
    }

    @Override
    public Message decode(ChatMessage stored) {
        Map<String, String> attributes = stored.draft().attributes();
        Map<String, Object> metadata = TypedJson.read(LongAttributes.get(attributes, METADATA));
        String text = attributes.containsKey(NULL_TEXT) ? null : stored.content();
        return switch (stored.role()) {
            case SYSTEM -> SystemMessage.builder().text(text).metadata(metadata).build();
            case USER -> UserMessage.builder().text(text).metadata(metadata)
                    .media(SpringAiParts.readMedia(LongAttributes.get(attributes, SpringAiParts.MEDIA))).build();
            case ASSISTANT -> AssistantMessage.builder().content(text).properties(metadata)
                    .toolCalls(SpringAiParts.readToolCalls(LongAttributes.get(attributes, SpringAiParts.TOOL_CALLS)))
                    .media(SpringAiParts.readMedia(LongAttributes.get(attributes, SpringAiParts.MEDIA))).build();
            case TOOL -> ToolResponseMessage.builder().metadata(metadata)
                    .responses(SpringAiParts.readResponses(stored.content())).build();
        };
    }

    private static Role roleOf(Message message) {
        return switch (message.getMessageType()) {
            case SYSTEM -> Role.SYSTEM;
            case USER -> Role.USER;
            case ASSISTANT -> Role.ASSISTANT;
            case TOOL -> Role.TOOL;
        };
    }
}
