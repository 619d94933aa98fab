package dev.multichat.json.internal.log;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import dev.multichat.spi.IsoInstant;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of one log line's JSON, read with a streaming parser (no tree): each field as its
 * token comes, unknown fields skipped. Not thread-safe; one per line.
 */
final class LineFields {
    private long seq = -1;
    private long commit = -1;
    private long lastSeq = -1;
    private long synced = -1;
    private Instant at;
    private String id;
    private String author;
    private String role;
    private String content;
    private Instant updatedAt;
    private Instant expiresAt;
    private Map<String, String> attributes = Map.of();

    /**
     * Reads the object the parser stands before, and nothing may follow it.
     *
     * @return the line's record
     * @throws IllegalArgumentException (or the parser's or the records' exceptions) if it is no
     *     valid message or commit
     */
    static LogLine read(JsonParser p) throws IOException {
        LineFields f = new LineFields();
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("not an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_NUMBER_INT) {
                f.number(name, p.getLongValue());
            } else if (value == JsonToken.VALUE_STRING) {
                f.text(name, p);
            } else if (value == JsonToken.START_OBJECT && "attributes".equals(name)) {
                f.attributes = attributes(p);
            } else {
                p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            throw new IllegalArgumentException("more after the object");
        }
        return f.build();
    }

    private static Map<String, String> attributes(JsonParser p) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                throw new IllegalArgumentException("attribute " + key + " is not a string");
            }
            map.put(key, p.getText());
        }
        return map;
    }

    private void number(String name, long value) {
        switch (name) {
            case "seq" -> seq = value;
            case "commit" -> commit = value;
            case "lastSeq" -> lastSeq = value;
            case "synced" -> synced = value;
            default -> { } // a field this version does not know
        }
    }

    private void text(String name, JsonParser p) throws IOException {
        switch (name) {
            case "at" -> at = time(p);
            case "id" -> id = p.getText();
            case "author" -> author = p.getText();
            case "role" -> role = p.getText();
            case "content" -> content = p.getText();
            case "updatedAt" -> updatedAt = time(p);
            case "expiresAt" -> expiresAt = time(p);
            default -> { } // a field this version does not know
        }
    }

    /** @return the string value the parser stands on, read as an instant from its own characters */
    private static Instant time(JsonParser p) throws IOException {
        return IsoInstant.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    private LogLine build() {
        if (seq >= 0) {
            return message();
        }
        if (commit >= 0 && updatedAt != null) {
            return new LogLine(null, new Commit(commit, lastSeq, updatedAt, expiresAt, synced));
        }
        throw new IllegalArgumentException("neither a message nor a commit");
    }

    private LogLine message() {
        if (at == null || author == null || role == null || content == null) {
            throw new IllegalArgumentException("a message field is missing");
        }
        MessageDraft draft = new MessageDraft(id, author, Role.valueOf(role), content, attributes);
        return new LogLine(new ChatMessage(seq, at, draft), null);
    }
}
