package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The session routes over real HTTP against a real SQLite file. */
class SessionRoutesTest extends LiveApiTest {

    @Test
    void createThenGetAnswersTheSessionWithItsVersionAsEtag() {
        Reply created = api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\",\"title\":\"Refund\","
                + "\"metadata\":{\"lang\":\"en\"},\"ttl\":{\"seconds\":3600,\"sliding\":true}}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"1\"");
        Reply got = api.call("GET", "/v1/sessions/s-1", null);
        assertThat(got.status()).isEqualTo(200);
        JsonNode body = got.json();
        assertThat(body.path("title").asText()).isEqualTo("Refund");
        assertThat(body.path("metadata").path("lang").asText()).isEqualTo("en");
        assertThat(body.path("ttl").path("seconds").asLong()).isEqualTo(3600);
        assertThat(body.path("ttl").path("sliding").asBoolean()).isTrue();
        assertThat(body.path("expiresAt").isTextual()).isTrue();
        assertThat(api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"bob\"}").isJsonError(409)).isTrue();
        assertThat(api.call("GET", "/v1/sessions/nope", null).isJsonError(404)).isTrue();
    }

    @Test
    void listPagesAnOwnersSessionsWithTheCursorNewestFirst() {
        for (int i = 0; i < 5; i++) {
            api.call("POST", "/v1/sessions", "{\"id\":\"s-" + i + "\",\"owner\":\"alice\"}");
        }
        api.call("POST", "/v1/sessions", "{\"id\":\"other\",\"owner\":\"bob\"}");
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            String next = cursor == null ? "" : "&cursor=" + cursor;
            Reply page = api.call("GET", "/v1/sessions?owner=alice&limit=2" + next, null);
            assertThat(page.status()).isEqualTo(200);
            page.json().path("sessions").forEach(s -> ids.add(s.path("id").asText()));
            cursor = page.json().path("nextCursor").isNull() ? null : page.json().path("nextCursor").asText();
        } while (cursor != null);
        assertThat(ids).containsExactly("s-4", "s-3", "s-2", "s-1", "s-0");
        assertThat(api.call("GET", "/v1/sessions?owner=alice&cursor=bogus", null).isJsonError(400)).isTrue();
        assertThat(api.call("GET", "/v1/sessions", null).isJsonError(400)).isTrue();
    }

    @Test
    void patchHonoursIfMatchAndAnswers412OnAStaleVersion() {
        api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}");
        Reply patched = api.call("PATCH", "/v1/sessions/s-1", "{\"title\":\"new\"}", "If-Match", "\"1\"");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.etag()).isEqualTo("\"2\"");
        Reply stale = api.call("PATCH", "/v1/sessions/s-1", "{\"title\":\"lost\"}", "If-Match", "\"1\"");
        assertThat(stale.isJsonError(412)).isTrue();
        assertThat(stale.code()).isEqualTo("version_conflict");
        assertThat(api.call("GET", "/v1/sessions/s-1", null).json().path("title").asText()).isEqualTo("new");
        Reply noTtl = api.call("PATCH", "/v1/sessions/s-1", "{\"ttl\":{\"seconds\":0}}", "If-Match", "*");
        assertThat(noTtl.json().path("ttl").isNull()).isTrue();
        assertThat(api.call("PATCH", "/v1/sessions/s-1", "{}").isJsonError(400)).isTrue();
        assertThat(api.call("PATCH", "/v1/sessions/s-1", "{\"title\":\"x\"}", "If-Match", "soon").code())
                .isEqualTo("invalid_if_match");
    }

    @Test
    void deleteRemovesTheSessionAndASecondDeleteIs404() {
        api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}");
        assertThat(api.call("DELETE", "/v1/sessions/s-1", null).status()).isEqualTo(204);
        assertThat(api.call("GET", "/v1/sessions/s-1", null).isJsonError(404)).isTrue();
        assertThat(api.call("DELETE", "/v1/sessions/s-1", null).isJsonError(404)).isTrue();
    }

    @Test
    void aRestartOnTheSameDatabaseKeepsEverything() {
        api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\",\"title\":\"kept\"}");
        api.call("POST", "/v1/sessions/s-1/messages", "{\"messages\":[{\"id\":\"m1\",\"author\":\"alice\","
                + "\"role\":\"user\",\"content\":\"hello\"},{\"author\":\"bot\",\"role\":\"assistant\","
                + "\"content\":\"hi\"}]}");
        String before = api.call("GET", "/v1/sessions/s-1/messages", null).text();
        api.restart();
        assertThat(api.call("GET", "/v1/sessions/s-1", null).json().path("title").asText()).isEqualTo("kept");
        assertThat(api.call("GET", "/v1/sessions/s-1/messages", null).text()).isEqualTo(before);
        assertThat(api.call("GET", "/v1/sessions?owner=alice", null).json().path("sessions").size()).isEqualTo(1);
    }
}
