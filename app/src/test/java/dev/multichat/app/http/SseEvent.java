package dev.multichat.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.multichat.app.wire.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * One Server-Sent Event as a client parses it (a comment line is an event named {@code ":"}).
 *
 * @param id the {@code id:} field, or {@code null}
 * @param name the {@code event:} field, or {@code ":"} for a comment
 * @param data the {@code data:} lines joined with line feeds (a comment's text)
 */
record SseEvent(String id, String name, String data) {

    boolean isComment() {
        return ":".equals(name);
    }

    JsonNode json() {
        try {
            return Json.MAPPER.readTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException("event data is not JSON: " + data, e);
        }
    }

    /** Parses lines per the SSE format: fields until a blank line; a line starting with ':' is a comment. */
    static final class Builder {
        private String id;
        private String name;
        private StringBuilder data;

        Optional<SseEvent> line(String line) {
            if (line.isEmpty()) {
                return dispatch();
            }
            if (line.startsWith(":")) {
                return Optional.of(new SseEvent(null, ":", line.substring(1).strip()));
            }
            field(line);
            return Optional.empty();
        }

        private Optional<SseEvent> dispatch() {
            SseEvent event = data == null ? null : new SseEvent(id, name == null ? "message" : name, data.toString());
            id = null;
            name = null;
            data = null;
            return Optional.ofNullable(event);
        }

        private void field(String line) {
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
            switch (field) {
                case "id" -> id = value;
                case "event" -> name = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> {
                    // other fields (retry) are not used by this API
                }
            }
        }
    }
}
