package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** An owner's live stream of session changes over real HTTP on a real SQLite store. */
class OwnerStreamTest extends LiveApiTest {

    private long lastVersion;

    @Test
    void theOwnerStreamSeesCreateAppendUpdateAndDeleteOfItsOwnersSessionsOnly() {
        try (SseReader stream = SseReader.open(api.server().port(), "/v1/owners/alice/sessions/stream")) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\",\"title\":\"first\"}");
            api.call("POST", "/v1/sessions", "{\"id\":\"b-1\",\"owner\":\"bob\"}");
            JsonNode created = await(stream, "CREATED");
            assertThat(created.path("session").path("owner").asText()).isEqualTo("alice");
            assertThat(created.path("session").path("title").asText()).isEqualTo("first");
            api.call("POST", "/v1/sessions/s-1/messages",
                    "{\"messages\":[{\"author\":\"a\",\"role\":\"user\",\"content\":\"hi\"}]}");
            assertThat(await(stream, "APPENDED").path("session").path("lastSeq").asLong()).isEqualTo(1);
            api.call("PATCH", "/v1/sessions/s-1", "{\"title\":\"renamed\"}");
            assertThat(await(stream, "UPDATED").path("session").path("title").asText()).isEqualTo("renamed");
            api.call("DELETE", "/v1/sessions/s-1", null);
            JsonNode deleted = await(stream, "DELETED");
            assertThat(deleted.path("session").isNull()).isTrue();
        }
    }

    /**
     * Reads session events until one of {@code kind}. Delivery is at least once, so others may come
     * first, but every one is about alice's session, with a version that never goes back.
     */
    private JsonNode await(SseReader stream, String kind) {
        while (true) {
            SseEvent event = stream.next();
            assertThat(event.name()).isEqualTo("session");
            JsonNode data = event.json();
            assertThat(data.path("id").asText()).as("bob's session is not alice's business").isEqualTo("s-1");
            assertThat(data.path("version").asLong()).isGreaterThanOrEqualTo(lastVersion);
            lastVersion = data.path("version").asLong();
            if (!data.path("session").isNull()) {
                assertThat(data.path("session").path("version").asLong()).isEqualTo(lastVersion);
            }
            if (kind.equals(data.path("kind").asText())) {
                return data;
            }
        }
    }
}
