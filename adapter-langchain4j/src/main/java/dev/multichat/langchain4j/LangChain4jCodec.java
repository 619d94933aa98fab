package dev.multichat.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.CustomMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.multichat.adapter.internal.LongAttributes;
import dev.multichat.adapter.internal.MessageCodec;
import dev.multichat.adapter.internal.TypedJson;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * LangChain4j messages to Multichat drafts and back (the README's mapping table). Stateless and
 * thread-safe.
 */
final class LangChain4jCodec implements MessageCodec<ChatMessage> {

    static final String ATTRIBUTES = "attributes";
    static final String NAME = "name";
    static final String THINKING = "thinking";
    static final String NULL_TEXT = "nullText";
    static final String CUSTOM = "custom";

    @Override
    public MessageDraft encode(ChatMessage message, String messageId) {
        Map<String, String> attributes = new HashMap<>();
        String content;
        Role role;
        if (message instanceof SystemMessage system) {
            role = Role.SYSTEM;
            content = system.text();
        } else if (message instanceof UserMessage user) {
            role = Role.USER;
            content = LangChain4jParts.putContents(attributes, user.contents());
            LongAttributes.put(attributes, NAME, user.name());
            LongAttributes.put(attributes, ATTRIBUTES, TypedJson.write(user.attributes()));
        } else if (message instanceof AiMessage ai) {
            role = Role.ASSISTANT;
            content = ai.text();
            LangChain4jParts.putAi(attributes, ai);
        } else if (message instanceof ToolExecutionResultMessage result) {
            role = Role.TOOL;
            content = LangChain4jParts.putContents(attributes, result.contents());
            LangChain4jParts.putResult(attributes, result);
        } else {
            role = Role.ASSISTANT;
            content = "";
            attributes.put(CUSTOM, "true");
            LongAttributes.put(attributes, ATTRIBUTES, TypedJson.write(((CustomMessage) message).attributes()));
        }
        if (content == null) {
            attributes.put(NULL_TEXT, "true");
        }
        return new MessageDraft(messageId, role.name().toLowerCase(Locale.ROOT), role,
                content == null ? "" : content, attributes);
    }

    @Override
    public ChatMessage decode(dev.multichat.api.ChatMessage stored) {
        Map<String, String> attributes = stored.draft().attributes();
        String text = attributes.containsKey(NULL_TEXT) ? null : stored.content();
        Map<String, Object> extra = TypedJson.read(LongAttributes.get(attributes, ATTRIBUTES));
        return switch (stored.role()) {
            case SYSTEM -> SystemMessage.from(text);
            case USER -> UserMessage.builder().name(LongAttributes.get(attributes, NAME))
                    .contents(LangChain4jParts.contents(attributes, text)).attributes(extra).build();
            case ASSISTANT -> attributes.containsKey(CUSTOM) ? CustomMessage.from(extra)
                    : LangChain4jParts.ai(attributes, text, extra);
            case TOOL -> LangChain4jParts.result(attributes, text, extra);
        };
    }
}
