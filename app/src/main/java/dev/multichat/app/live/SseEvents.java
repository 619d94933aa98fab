package dev.multichat.app.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.SessionEvent;
import dev.multichat.app.wire.Json;
import dev.multichat.app.wire.Views;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Server-Sent Events the live routes write, as UTF-8 bytes: each event's {@code data} is one
 * line of compact JSON (JSON escapes line breaks inside strings). Stateless and thread-safe.
 */
final class SseEvents {

    /** The comment written while a stream is idle, so that proxies and clients see it alive. */
    static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);

    private SseEvents() {
    }

    /**
     * One {@code message} event per message, its seq as the event id.
     *
     * @param messages the messages, in seq order
     * @return the events, as one chunk
     */
    static byte[] messages(List<ChatMessage> messages) {
        StringBuilder text = new StringBuilder(256 * messages.size());
        for (ChatMessage message : messages) {
            text.append("id: ").append(message.seq()).append("\nevent: message\ndata: ")
                    .append(json(Views.message(message))).append("\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A {@code session} event: what happened, the session's id and version, and its view. The
     * version is the view's when there is one (the session read after the change), else the
     * event's.
     *
     * @param event the change
     * @param session the session as it is now, or {@code null} when it is gone
     * @return the event
     */
    static byte[] session(SessionEvent event, ChatSession session) {
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("kind", event.kind().name());
        data.put("id", event.id().value());
        data.put("version", session == null ? event.version() : session.version());
        data.set("session", session == null ? null : Views.session(session));
        return event("session", data);
    }

    /**
     * The {@code end} event, the last of a stream.
     *
     * @param reason why the feed ended
     * @return the event
     */
    static byte[] end(FeedEnd reason) {
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("reason", reason.name());
        return event("end", data);
    }

    private static byte[] event(String name, JsonNode data) {
        return ("event: " + name + "\ndata: " + json(data) + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String json(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
