package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.redis.testing.RedisServerExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole API flow once over {@code hybrid:} (fast tier: a real redis-server; durable tier: a
 * real SQLite file), through real HTTP: create, append (and an idempotent retry), tail and paged
 * reads across the cached window, both live streams, a patch with {@code If-Match}, list, delete.
 */
class HybridFlowTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single();

    private static final String BATCH = "{\"messages\":[%s]}";

    @TempDir
    Path dir;

    private static String message(int n) {
        return "{\"id\":\"m-" + n + "\",\"author\":\"alice\",\"role\":\"user\",\"content\":\"message " + n + "\"}";
    }

    @Test
    void theWholeFlowOverRedisInFrontOfSqliteThroughHttp() {
        String uri = "hybrid:?fast=" + URLEncoder.encode(REDIS.uri() + "?prefix=flow", StandardCharsets.UTF_8)
                + "&durable=" + URLEncoder.encode(durable(), StandardCharsets.UTF_8) + "&window=5";
        try (TestApi api = TestApi.over(uri)) {
            int port = api.server().port();
            Reply created = api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}");
            assertThat(created.etag()).isEqualTo("\"1\"");
            try (SseReader messages = SseReader.open(port, "/v1/sessions/s-1/messages/stream");
                 SseReader sessions = SseReader.open(port, "/v1/owners/alice/sessions/stream")) {
                String first = String.format(BATCH, message(1) + "," + message(2) + "," + message(3));
                assertThat(api.call("POST", "/v1/sessions/s-1/messages", first).status()).isEqualTo(201);
                assertThat(api.call("POST", "/v1/sessions/s-1/messages", first).json().path("replayed").asBoolean())
                        .isTrue();
                StringBuilder more = new StringBuilder(message(4));
                for (int n = 5; n <= 8; n++) {
                    more.append(',').append(message(n));
                }
                api.call("POST", "/v1/sessions/s-1/messages", String.format(BATCH, more));
                for (int seq = 1; seq <= 8; seq++) {
                    assertThat(messages.next().json().path("content").asText()).isEqualTo("message " + seq);
                }
                assertThat(awaitAppendedTo(sessions, 8).path("session").path("lastSeq").asLong()).isEqualTo(8);
                readsAcrossTheWindow(api);
                patchListAndDelete(api, messages);
            }
            assertThat(api.call("GET", "/v1/sessions/s-1", null).isJsonError(404)).isTrue();
        }
    }

    private static JsonNode awaitAppendedTo(SseReader sessions, long lastSeq) {
        while (true) {
            JsonNode data = sessions.next().json();
            if (data.path("session").path("lastSeq").asLong() == lastSeq) {
                return data;
            }
        }
    }

    private void readsAcrossTheWindow(TestApi api) {
        JsonNode tail = api.call("GET", "/v1/sessions/s-1/messages?limit=3", null).json().path("messages");
        assertThat(tail.findValuesAsText("content")).containsExactly("message 6", "message 7", "message 8");
        JsonNode all = api.call("GET", "/v1/sessions/s-1/messages?after=0&limit=100", null).json().path("messages");
        assertThat(all.size()).isEqualTo(8);
        assertThat(all.get(0).path("content").asText()).as("older than the window: the durable tier").isEqualTo(
                "message 1");
        try (SessionStore sqlite = SessionStores.open(durable())) {
            assertThat(sqlite.find(SessionId.of("s-1")).orElseThrow().lastSeq()).as("durable holds it").isEqualTo(8);
        }
    }

    private void patchListAndDelete(TestApi api, SseReader messages) {
        String etag = api.call("GET", "/v1/sessions/s-1", null).etag();
        assertThat(api.call("PATCH", "/v1/sessions/s-1", "{\"title\":\"x\"}", "If-Match", "\"1\"").isJsonError(412))
                .isTrue();
        assertThat(api.call("PATCH", "/v1/sessions/s-1", "{\"title\":\"Refund\"}", "If-Match", etag).status())
                .isEqualTo(200);
        JsonNode list = api.call("GET", "/v1/sessions?owner=alice", null).json().path("sessions");
        assertThat(list.findValuesAsText("title")).containsExactly("Refund");
        assertThat(api.call("DELETE", "/v1/sessions/s-1", null).status()).isEqualTo(204);
        SseEvent end = messages.next();
        assertThat(end.name()).isEqualTo("end");
        assertThat(end.json().path("reason").asText()).isEqualTo("SESSION_GONE");
    }

    private String durable() {
        return "sqlite:" + dir.resolve("chats.db");
    }
}
