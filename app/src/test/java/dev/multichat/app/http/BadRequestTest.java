package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.SessionId;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad requests: each a 4xx JSON error, the server still up and nothing written. */
class BadRequestTest extends LiveApiTest {

    @BeforeEach
    void start() {
        api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}");
    }

    @AfterEach
    void stillUpAndNothingWritten() {
        assertThat(api.call("GET", "/health", null).status()).isEqualTo(200);
        assertThat(api.store().find(SessionId.of("s-1")).orElseThrow().version()).isEqualTo(1);
        assertThat(api.call("GET", "/v1/sessions?owner=alice", null).json().path("sessions").size()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3} {4}")
    @CsvSource(delimiter = '|', value = {
        "POST|/v1/sessions|{\"id\":\"x\",|400|malformed_json",
        "POST|/v1/sessions|[1,2]|400|wrong_type",
        "POST|/v1/sessions|null|400|malformed_json",
        "POST|/v1/sessions|{\"id\":5,\"owner\":\"alice\"}|400|wrong_type",
        "POST|/v1/sessions|{\"id\":\"x\",\"owner\":true}|400|wrong_type",
        "POST|/v1/sessions|{\"id\":\"x\",\"owner\":\"alice\",\"admin\":true}|400|unknown_field",
        "POST|/v1/sessions|{\"id\":\"x\",\"owner\":\"alice\"} {}|400|wrong_type",
        "POST|/v1/sessions|{\"id\":\"x\",\"id\":\"y\",\"owner\":\"alice\"}|400|malformed_json",
        "POST|/v1/sessions|{\"id\":\"../etc\",\"owner\":\"alice\"}|400|invalid_input",
        "POST|/v1/sessions|{\"id\":\"a\\u0000b\",\"owner\":\"alice\"}|400|invalid_input",
        "POST|/v1/sessions|{\"id\":\"x\",\"owner\":\"alice\",\"ttl\":{\"seconds\":\"1h\"}}|400|wrong_type",
        "POST|/v1/sessions|{\"id\":\"x\",\"owner\":\"alice\",\"ttl\":{\"seconds\":-1}}|400|invalid_input",
        "POST|/v1/sessions|{\"id\":\"x\",\"owner\":\"alice\",\"metadata\":{\"k\":1}}|400|wrong_type",
        "POST|/v1/sessions/s-1/messages|{\"messages\":[]}|400|invalid_input",
        "POST|/v1/sessions/s-1/messages|{\"messages\":[{\"author\":\"a\",\"role\":\"boss\",\"content\":\"x\"}]}"
            + "|400|invalid_input",
        "POST|/v1/sessions/s-1/messages|{\"messages\":[{\"author\":\"a\",\"role\":\"user\"}]}|400|invalid_input",
        "POST|/v1/sessions/s-1/messages|{\"messages\":[{\"author\":\"a\",\"role\":\"user\",\"content\":\"x\","
            + "\"seq\":9}]}|400|unknown_field",
        "POST|/v1/sessions/s-1/messages|{\"messages\":[{\"id\":\"has space\",\"author\":\"a\",\"role\":\"user\","
            + "\"content\":\"x\"}]}|400|invalid_input",
        "PATCH|/v1/sessions/s-1|{\"title\":7}|400|wrong_type",
        "PATCH|/v1/sessions/s-1|{\"version\":7}|400|unknown_field",
    })
    void badBodiesAre400sWithAStableCode(String method, String path, String body, int status, String code) {
        Reply reply = api.call(method, path, body);
        assertThat(reply.isJsonError(status)).as(reply.text()).isTrue();
        assertThat(reply.code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "GET {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/v1/sessions/..%2F..|400",
        "/v1/sessions/.hidden|400",
        "/v1/sessions/%2e%2e%2fetc%2fpasswd|400",
        "/v1/sessions/s-1/messages?limit=99999999999999999999|400",
        "/v1/sessions/s-1/messages?limit=10001|400",
        "/v1/sessions/s-1/messages?limit=-1|400",
        "/v1/sessions/s-1/messages?after=abc|400",
        "/v1/sessions?owner=alice&limit=1001|400",
        "/v1/sessions/s-1/../../health/x|404",
        "/v1/nothing|404",
    })
    void badPathsAndParametersAre4xxJson(String path, int status) {
        Reply reply = api.call("GET", path, null);
        assertThat(reply.isJsonError(status)).as(reply.status() + " " + reply.text()).isTrue();
    }

    @Test
    void idsOf129CharactersAndNulAreRefused() throws IOException {
        String longId = "a".repeat(129);
        assertThat(api.call("GET", "/v1/sessions/" + longId, null).isJsonError(400)).isTrue();
        assertThat(api.call("POST", "/v1/sessions", "{\"id\":\"" + longId + "\",\"owner\":\"alice\"}").isJsonError(400))
                .isTrue();
        String raw = raw("GET /v1/sessions/a%00b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 400").contains("application/json").contains("\"code\":\"bad_request\"");
    }

    @Test
    void oversizedBodiesAre413AndTheWrongMediaTypeIs415() throws IOException {
        String big = "{\"messages\":[{\"author\":\"a\",\"role\":\"user\",\"content\":\"" + "x".repeat(70_000) + "\"}]}";
        assertThat(api.call("POST", "/v1/sessions/s-1/messages", big).isJsonError(413)).isTrue();
        String chunked = raw("POST /v1/sessions/s-1/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + Integer.toHexString(big.length()) + "\r\n"
                + big + "\r\n0\r\n\r\n");
        assertThat(chunked).startsWith("HTTP/1.1 413").contains("body_too_large");
        Reply text = api.call("POST", "/v1/sessions", "{\"id\":\"x\",\"owner\":\"alice\"}",
                "Content-Type", "text/plain");
        assertThat(text.isJsonError(415)).isTrue();
    }

    private String raw(String requests) throws IOException {
        return RawHttp.exchange(api.server().port(), requests);
    }
}
