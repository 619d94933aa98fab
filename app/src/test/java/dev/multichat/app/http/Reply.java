package dev.multichat.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.multichat.app.wire.Json;
import java.io.IOException;
import java.net.http.HttpResponse;

/**
 * An HTTP answer as a test sees it.
 *
 * @param status the status
 * @param contentType the Content-Type header, or empty
 * @param etag the ETag header, or {@code null}
 * @param text the body
 */
record Reply(int status, String contentType, String etag, String text) {

    static Reply of(HttpResponse<String> response) {
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("ETag").orElse(null), response.body());
    }

    JsonNode json() {
        try {
            return text.isEmpty() ? MissingNode.getInstance() : Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + status + "): " + text, e);
        }
    }

    String code() {
        return contentType.startsWith("application/json") ? json().path("code").asText() : "";
    }

    /** Whether this is an API error: the status, JSON with a code and a message, no stack trace. */
    boolean isJsonError(int expected) {
        JsonNode body = json();
        return status == expected && contentType.startsWith("application/json") && body.path("code").isTextual()
                && body.path("message").isTextual() && !text.contains("\tat ") && !text.contains("Exception");
    }
}
