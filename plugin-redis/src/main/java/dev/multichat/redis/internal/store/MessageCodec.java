package dev.multichat.redis.internal.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored form of a message: {@code <message id or nothing>\n} followed by one JSON object
 * {@code {"at":millis,"a":author,"r":role,"c":content,"x":{attributes}}}; in the session's
 * messages list the append script puts {@code <seq>\n} in front, so every element says which
 * message it is ({@link Elements#element}). The id comes before the JSON so the trim script can
 * forget it without parsing JSON. Thread-safe.
 */
final class MessageCodec {
    private static final JsonFactory JSON = new JsonFactory();

    private MessageCodec() {
    }

    static String encode(MessageDraft draft, Instant at) {
        StringWriter out = new StringWriter(draft.content().length() + 64);
        out.write(draft.id() == null ? "" : draft.id());
        out.write('\n');
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("at", at.toEpochMilli());
            json.writeStringField("a", draft.author());
            json.writeStringField("r", draft.role().name());
            json.writeStringField("c", draft.content());
            json.writeFieldName("x");
            writeMap(json, draft.attributes());
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory failed", e);
        }
        return out.toString();
    }

    /**
     * Decodes a message straight from the bytes Redis sent: the id before the newline, then the
     * JSON read from the bytes (no intermediate {@link String} of the whole value) by
     * {@link StoredJson}, which knows the shape this class writes; JSON in any other shape goes
     * to Jackson.
     *
     * @param seq the message's seq
     * @param value the bytes
     * @param from where {@link #encode}'s form starts in them
     * @param key the key, for errors
     * @return the message
     */
    static ChatMessage decode(long seq, byte[] value, int from, String key) {
        int newline = StoredJson.newline(value, from);
        if (newline < 0) {
            throw corrupt(key, "the element of seq " + seq + " is not a message this store wrote", null);
        }
        String id = newline == from ? null : new String(value, from, newline - from, StandardCharsets.UTF_8);
        try {
            ChatMessage stored = StoredJson.read(seq, id, value, newline + 1);
            return stored != null ? stored : parsed(seq, id, value, newline + 1);
        } catch (IOException | RuntimeException e) {
            throw corrupt(key, "the element of seq " + seq + " is not a message this store wrote", e);
        }
    }

    /** Jackson's parse of JSON in any shape, for what {@link StoredJson} does not read. */
    private static ChatMessage parsed(long seq, String id, byte[] value, int from) throws IOException {
        try (JsonParser json = JSON.createParser(value, from, value.length - from)) {
            return read(seq, id, json);
        }
    }

    private static ChatMessage read(long seq, String id, JsonParser json) throws IOException {
        long at = 0;
        String author = null;
        Role role = null;
        String content = null;
        Map<String, String> attributes = Map.of();
        expect(json.nextToken(), JsonToken.START_OBJECT);
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "at" -> at = json.getLongValue();
                case "a" -> author = json.getText();
                case "r" -> role = Role.valueOf(json.getText());
                case "c" -> content = json.getText();
                case "x" -> attributes = readMap(json);
                default -> json.skipChildren();
            }
        }
        return new ChatMessage(seq, Instant.ofEpochMilli(at), new MessageDraft(id, author, role, content, attributes));
    }

    static void writeMap(JsonGenerator json, Map<String, String> map) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, String> entry : map.entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    static Map<String, String> readMap(JsonParser json) throws IOException {
        expect(json.currentToken(), JsonToken.START_OBJECT);
        Map<String, String> map = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            expect(json.nextToken(), JsonToken.VALUE_STRING);
            map.put(name, json.getText());
        }
        return map;
    }

    private static void expect(JsonToken actual, JsonToken wanted) throws IOException {
        if (actual != wanted) {
            throw new IOException("expected " + wanted + ", found " + actual);
        }
    }

    private static CorruptDataException corrupt(String key, String what, Exception cause) {
        return new CorruptDataException("redis key '" + key + "': " + what
                + (cause == null ? "" : " (" + cause.getMessage() + ")")
                + "; restore the session from a backup or delete it", cause);
    }
}
