package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A session's live stream over real HTTP on a real SQLite store: order, once, resume, start points, end. */
class SessionStreamTest extends LiveApiTest {

    private static final String STREAM = "/v1/sessions/s-1/messages/stream";

    @BeforeEach
    void createSession() {
        api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}");
    }

    private void append(String... contents) {
        String messages = Stream.of(contents)
                .map(c -> "{\"author\":\"alice\",\"role\":\"user\",\"content\":\"" + c + "\"}")
                .collect(Collectors.joining(","));
        assertThat(api.call("POST", "/v1/sessions/s-1/messages", "{\"messages\":[" + messages + "]}").status())
                .isEqualTo(201);
    }

    private SseReader open(String path, String... headers) {
        return SseReader.open(api.server().port(), path, headers);
    }

    @Test
    void appendedMessagesArriveInOrderOnceShapedAsTheMessagesRouteAnswersThem() {
        append("before the stream");
        try (SseReader stream = open(STREAM)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            for (int i = 0; i < 5; i++) {
                append("m" + (2 * i), "m" + (2 * i + 1));
            }
            JsonNode stored = api.call("GET", "/v1/sessions/s-1/messages?after=1&limit=100", null).json()
                    .path("messages");
            for (int i = 0; i < 10; i++) {
                SseEvent event = stream.next();
                assertThat(event.name()).isEqualTo("message");
                assertThat(event.id()).isEqualTo(Long.toString(i + 2));
                assertThat(event.json()).isEqualTo(stored.get(i));
            }
            append("after");
            assertThat(stream.next().id()).as("nothing repeated in between").isEqualTo("12");
        }
    }

    @Test
    void aDroppedConnectionResumesWithLastEventIdWithoutGapOrDuplicate() {
        List<Long> seen = new ArrayList<>();
        try (SseReader first = open(STREAM)) {
            append("1", "2");
            append("3", "4");
            append("5", "6");
            for (int i = 0; i < 4; i++) {
                seen.add(Long.parseLong(first.next().id()));
            }
        }
        append("7", "8");
        append("9", "10", "11", "12");
        try (SseReader second = open(STREAM, "Last-Event-ID", Long.toString(seen.get(seen.size() - 1)))) {
            append("13");
            for (int i = 0; i < 9; i++) {
                seen.add(Long.parseLong(second.next().id()));
            }
        }
        assertThat(seen).containsExactlyElementsOf(LongStream.rangeClosed(1, 13).boxed().toList());
    }

    @Test
    void theStreamStartsAfterLastEventIdElseAfterTheAfterParameterElseAfterTheLastMessage() {
        append("a", "b", "c");
        try (SseReader all = open(STREAM + "?after=0")) {
            assertThat(List.of(all.next().id(), all.next().id(), all.next().id())).containsExactly("1", "2", "3");
        }
        try (SseReader resumed = open(STREAM + "?after=0", "Last-Event-ID", "2")) {
            assertThat(resumed.next().json().path("content").asText()).isEqualTo("c");
        }
        try (SseReader fresh = open(STREAM)) {
            append("d");
            assertThat(fresh.next().id()).isEqualTo("4");
        }
    }

    @Test
    void deletingTheSessionEndsTheStreamWithEndSessionGoneAndCompletesIt() {
        try (SseReader stream = open(STREAM)) {
            append("last words");
            assertThat(stream.next().id()).isEqualTo("1");
            assertThat(api.call("DELETE", "/v1/sessions/s-1", null).status()).isEqualTo(204);
            SseEvent end = stream.next();
            assertThat(end.name()).isEqualTo("end");
            assertThat(end.json().path("reason").asText()).isEqualTo("SESSION_GONE");
            assertThat(stream.rest()).as("nothing after end; the response completes").isEmpty();
        }
    }

    @Test
    void aMissingSessionOrABadStartPointIsAJsonErrorBeforeAnyEvent() throws IOException {
        try (SseReader missing = open("/v1/sessions/nope/messages/stream")) {
            Reply reply = missing.reply();
            assertThat(reply.isJsonError(404)).as(reply.text()).isTrue();
            assertThat(reply.code()).isEqualTo("not_found");
        }
        try (SseReader badId = open(STREAM, "Last-Event-ID", "seven")) {
            assertThat(badId.reply().code()).isEqualTo("invalid_parameter");
        }
        try (SseReader badAfter = open(STREAM + "?after=-1")) {
            assertThat(badAfter.reply().isJsonError(400)).isTrue();
        }
    }
}
