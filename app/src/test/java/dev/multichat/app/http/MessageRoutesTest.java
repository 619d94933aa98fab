package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The message routes over real HTTP against a real SQLite file. */
class MessageRoutesTest extends LiveApiTest {

    private static final String BATCH = "{\"messages\":[{\"id\":\"m-1\",\"author\":\"alice\",\"role\":\"user\","
            + "\"content\":\"Where is my refund?\",\"attributes\":{\"lang\":\"en\"}},{\"id\":\"m-2\","
            + "\"author\":\"agent-4\",\"role\":\"ASSISTANT\",\"content\":\"It left today.\"}]}";

    @BeforeEach
    void start() {
        api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}");
    }

    @Test
    void appendAnswers201WithTheStoredMessagesAndARetryReplaysWithoutWriting() {
        Reply first = api.call("POST", "/v1/sessions/s-1/messages", BATCH, "If-Match", "\"1\"");
        assertThat(first.status()).isEqualTo(201);
        JsonNode stored = first.json().path("messages");
        assertThat(stored.get(0).path("seq").asLong()).isEqualTo(1);
        assertThat(stored.get(1).path("seq").asLong()).isEqualTo(2);
        assertThat(stored.get(0).path("attributes").path("lang").asText()).isEqualTo("en");
        assertThat(stored.get(1).path("role").asText()).isEqualTo("assistant");
        assertThat(first.json().path("replayed").asBoolean()).isFalse();
        assertThat(first.etag()).isEqualTo("\"2\"");
        Reply retry = api.call("POST", "/v1/sessions/s-1/messages", BATCH);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("replayed").asBoolean()).isTrue();
        assertThat(retry.json().path("messages")).isEqualTo(stored);
        assertThat(api.call("GET", "/v1/sessions/s-1", null).json().path("lastSeq").asLong()).isEqualTo(2);
    }

    @Test
    void aStaleIfMatchIs412AndWritesNothing() {
        api.call("POST", "/v1/sessions/s-1/messages", BATCH);
        Reply stale = api.call("POST", "/v1/sessions/s-1/messages",
                "{\"messages\":[{\"author\":\"a\",\"role\":\"user\","
                + "\"content\":\"late\"}]}", "If-Match", "\"1\"");
        assertThat(stale.isJsonError(412)).isTrue();
        assertThat(api.call("GET", "/v1/sessions/s-1", null).json().path("lastSeq").asLong()).isEqualTo(2);
        assertThat(api.call("POST", "/v1/sessions/nope/messages", BATCH).isJsonError(404)).isTrue();
    }

    @Test
    void tailAndAfterSeqPagingReadEveryMessageOnceInOrder() {
        for (int i = 0; i < 7; i++) {
            api.call("POST", "/v1/sessions/s-1/messages", "{\"messages\":[{\"author\":\"a\",\"role\":\"user\","
                    + "\"content\":\"n" + i + "\"}]}");
        }
        Reply tail = api.call("GET", "/v1/sessions/s-1/messages?limit=3", null);
        assertThat(contents(tail)).containsExactly("n4", "n5", "n6");
        assertThat(tail.json().path("lastSeq").asLong()).isEqualTo(7);
        List<String> all = new ArrayList<>();
        long after = 0;
        while (after >= 0) {
            Reply page = api.call("GET", "/v1/sessions/s-1/messages?after=" + after + "&limit=3", null);
            all.addAll(contents(page));
            after = page.json().path("nextAfter").isNull() ? -1 : page.json().path("nextAfter").asLong();
        }
        assertThat(all).containsExactly("n0", "n1", "n2", "n3", "n4", "n5", "n6");
    }

    private static List<String> contents(Reply reply) {
        List<String> contents = new ArrayList<>();
        reply.json().path("messages").forEach(m -> contents.add(m.path("content").asText()));
        return contents;
    }
}
