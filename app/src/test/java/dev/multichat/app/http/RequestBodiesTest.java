package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How request bodies are read off the connection: a body with a Content-Length is read to exactly
 * that length (the next request on the same keep-alive connection starts right after it), and a
 * chunked body, whose length nobody declared, is read up to the limit. A body over the limit is
 * read off and dropped before the 413 goes out, so the client always sees the answer (a server that
 * answers and closes while the body is still arriving makes the client's TCP stack see a reset).
 */
class RequestBodiesTest extends LiveApiTest {

    @BeforeEach
    void start() {
        api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}");
    }

    @Test
    void pipelinedAppendsWithContentLengthAreEachReadToTheirDeclaredEnd() throws IOException {
        String first = append("first", "");
        String second = append("second", "Connection: close\r\n");
        String answers = raw(first + second);
        Matcher created = Pattern.compile("HTTP/1.1 201").matcher(answers);
        assertThat(created.results().count()).as(answers).isEqualTo(2);
        assertThat(contents()).containsExactly("first", "second");
    }

    @Test
    void aChunkedAppendWithinTheLimitIsStored() throws IOException {
        String body = body("chunked");
        String answer = raw("POST /v1/sessions/s-1/messages HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 201");
        assertThat(contents()).containsExactly("chunked");
    }

    @Test
    void anOversizedBodyIsReadOffBeforeThe413AndTheConnectionServesTheNextRequest() throws IOException {
        String big = body("x".repeat(200_000));
        String oversized = "POST /v1/sessions/s-1/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + big.length() + "\r\n\r\n" + big;
        String answers = raw(oversized + "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(answers).startsWith("HTTP/1.1 413").contains("body_too_large").contains("HTTP/1.1 200");
        assertThat(contents()).isEmpty();
    }

    private static String append(String content, String extraHeader) {
        String body = body(content);
        return "POST /v1/sessions/s-1/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + extraHeader + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private static String body(String content) {
        return "{\"messages\":[{\"author\":\"a\",\"role\":\"user\",\"content\":\"" + content + "\"}]}";
    }

    private List<String> contents() {
        return api.store().read(SessionId.of("s-1"), MessageRange.tail(10)).stream()
                .map(ChatMessage::content).toList();
    }

    private String raw(String requests) throws IOException {
        return RawHttp.exchange(api.server().port(), requests);
    }
}
