package dev.multichat.springai;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.multichat.adapter.internal.Json;
import dev.multichat.api.InvalidInputException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Base64;
import java.util.List;
import org.springframework.ai.chat.messages.AssistantMessage.ToolCall;
import org.springframework.ai.chat.messages.ToolResponseMessage.ToolResponse;
import org.springframework.ai.content.Media;
import org.springframework.util.MimeType;

/**
 * The structured parts of Spring AI messages as JSON: media, tool calls, tool responses. Stateless
 * and thread-safe.
 */
final class SpringAiParts {

    static final String MEDIA = "media";
    static final String TOOL_CALLS = "toolCalls";
    private static final TypeReference<List<ToolCall>> CALLS = new TypeReference<>() { };
    private static final TypeReference<List<ToolResponse>> RESPONSES = new TypeReference<>() { };
    private static final TypeReference<List<MediaRef>> MEDIA_REFS = new TypeReference<>() { };

    /**
     * One media item: {@code kind} says what {@code data} holds ({@code text}: a URI or other
     * string, {@code url}: a {@code java.net.URL}, {@code bytes}: base64 of the bytes).
     */
    record MediaRef(String mimeType, String id, String name, String kind, String data) {
    }

    private SpringAiParts() {
    }

    static String writeToolCalls(List<ToolCall> calls) {
        return calls == null || calls.isEmpty() ? null : Json.write(calls, "tool calls");
    }

    static List<ToolCall> readToolCalls(String json) {
        return json == null ? List.of() : Json.read(json, CALLS, "tool calls");
    }

    static String writeResponses(List<ToolResponse> responses) {
        return Json.write(responses, "tool responses");
    }

    static List<ToolResponse> readResponses(String json) {
        return Json.read(json, RESPONSES, "tool responses");
    }

    static String writeMedia(List<Media> media) {
        if (media == null || media.isEmpty()) {
            return null;
        }
        return Json.write(media.stream().map(SpringAiParts::refOf).toList(), "media");
    }

    static List<Media> readMedia(String json) {
        if (json == null) {
            return List.of();
        }
        return Json.read(json, MEDIA_REFS, "media").stream().map(SpringAiParts::mediaOf).toList();
    }

    private static MediaRef refOf(Media media) {
        Object data = media.getData();
        String mime = media.getMimeType().toString();
        if (data instanceof byte[] bytes) {
            return new MediaRef(mime, media.getId(), media.getName(), "bytes",
                    Base64.getEncoder().encodeToString(bytes));
        }
        if (data instanceof URL url) {
            return new MediaRef(mime, media.getId(), media.getName(), "url", url.toString());
        }
        if (data instanceof String text) {
            return new MediaRef(mime, media.getId(), media.getName(), "text", text);
        }
        throw new InvalidInputException("media '" + media.getName() + "' holds a " + data.getClass().getName()
                + "; only a URI, URL, string or byte[] can be stored");
    }

    private static Media mediaOf(MediaRef ref) {
        Media.Builder builder = Media.builder().mimeType(MimeType.valueOf(ref.mimeType())).name(ref.name());
        if (ref.id() != null) {
            builder.id(ref.id());
        }
        switch (ref.kind()) {
            case "bytes" -> MediaData.set(builder, Base64.getDecoder().decode(ref.data()));
            case "url" -> MediaData.set(builder, url(ref.data()));
            default -> MediaData.set(builder, ref.data());
        }
        return builder.build();
    }

    private static URL url(String text) {
        try {
            return URI.create(text).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new dev.multichat.api.CorruptDataException("stored media URL '" + text + "' is not a URL", e);
        }
    }
}
