package dev.multichat.app.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.Ttl;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON the app writes for sessions and messages, in the REST API and in export files alike.
 * Times are ISO-8601 UTC at millisecond precision (the finest every store keeps), so an export
 * of a copy equals the export of the original byte for byte. Stateless and thread-safe.
 */
public final class Views {
    /**
     * Always three fraction digits, so every time has one width and times sort as text.
     * ({@code Instant.toString} drops a zero fraction: {@code 10:00:05Z} then sorted after
     * {@code 10:00:05.500Z}.)
     */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private Views() {
    }

    /**
     * A session as JSON: id, owner, title, metadata, ttl, createdAt, updatedAt, expiresAt,
     * version, lastSeq.
     *
     * @param session the session
     * @return a new JSON object
     */
    public static ObjectNode session(ChatSession session) {
        ObjectNode node = info(session.id().value(), session.info());
        node.put("createdAt", time(session.state().createdAt()));
        node.put("updatedAt", time(session.state().updatedAt()));
        node.put("expiresAt", session.state().expiresAt() == null ? null : time(session.state().expiresAt()));
        node.put("version", session.version());
        node.put("lastSeq", session.lastSeq());
        return node;
    }

    /**
     * A session's identity and caller-set fields: id, owner, title, metadata, ttl.
     *
     * @param id the session id
     * @param info its info
     * @return a new JSON object
     */
    public static ObjectNode info(String id, SessionInfo info) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", id);
        node.put("owner", info.owner());
        node.put("title", info.title());
        node.set("metadata", map(info.metadata()));
        node.set("ttl", ttl(info.ttl()));
        return node;
    }

    /**
     * A stored message as JSON: seq, at, id, author, role (lower case), content, attributes.
     *
     * @param message the message
     * @return a new JSON object
     */
    public static ObjectNode message(ChatMessage message) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("seq", message.seq());
        node.put("at", time(message.at()));
        node.put("id", message.draft().id());
        node.put("author", message.draft().author());
        node.put("role", message.role().name().toLowerCase(Locale.ROOT));
        node.put("content", message.content());
        node.set("attributes", map(message.draft().attributes()));
        return node;
    }

    /**
     * An instant as the app writes it: ISO-8601 UTC, truncated to milliseconds, always with
     * three fraction digits ({@code 2026-12-02T10:00:05.000Z}).
     *
     * @param instant the instant
     * @return its text
     */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    /**
     * A TTL as {@link TtlBody} writes it, built directly: mapping the record through
     * {@code valueToTree} serialised it into a token buffer and read it back, on every answer.
     */
    private static JsonNode ttl(Ttl ttl) {
        TtlBody body = TtlBody.of(ttl);
        if (body == null) {
            return NullNode.getInstance();
        }
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("seconds", body.seconds());
        node.put("sliding", body.sliding());
        return node;
    }

    private static ObjectNode map(Map<String, String> map) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        map.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> node.put(e.getKey(), e.getValue()));
        return node;
    }
}
