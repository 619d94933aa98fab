package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.SessionId;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bearer tokens over real HTTP: 401 without one, owner scopes that see only their owners (404 otherwise). */
class TokenScopeTest extends LiveApiTest {

    private static final String ADMIN = "admin-token-0123456789";
    private static final String ALICE = "alice-token-0123456789";

    @Override
    Tokens tokens() throws IOException {
        Path file = dir.resolve("tokens");
        Files.writeString(file, "# test tokens\n" + ADMIN + " admin\n" + ALICE + " owners=alice,carol\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return Tokens.load(file);
    }

    @BeforeEach
    void seed() {
        as(ADMIN, "POST", "/v1/sessions", "{\"id\":\"bob-1\",\"owner\":\"bob\"}");
        as(ADMIN, "POST", "/v1/sessions/bob-1/messages",
                "{\"messages\":[{\"author\":\"b\",\"role\":\"user\",\"content\":\"x\"}]}");
    }

    private Reply as(String token, String method, String path, String body, String... more) {
        String[] headers = new String[more.length + 2];
        headers[0] = "Authorization";
        headers[1] = "Bearer " + token;
        System.arraycopy(more, 0, headers, 2, more.length);
        return api.call(method, path, body, headers);
    }

    @Test
    void withoutAValidTokenEveryApiRouteIs401AndMetricsNeedAdmin() {
        assertThat(api.call("GET", "/v1/sessions/bob-1", null).isJsonError(401)).isTrue();
        assertThat(as("wrong-token-0123456789", "GET", "/v1/sessions/bob-1", null).isJsonError(401)).isTrue();
        assertThat(api.call("GET", "/v1/sessions/bob-1", null, "Authorization", ADMIN).isJsonError(401)).isTrue();
        assertThat(as(ALICE, "GET", "/metrics", null).isJsonError(401)).isTrue();
        assertThat(as(ADMIN, "GET", "/metrics", null).status()).isEqualTo(200);
        Reply health = api.call("GET", "/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().has("details")).as("no file paths to anonymous callers").isFalse();
        assertThat(api.call("GET", "/v1/sessions/bob-1", null).text()).doesNotContain(ADMIN).doesNotContain(ALICE);
    }

    @Test
    void anOwnerScopedTokenCannotReadListAppendPatchOrDeleteAnotherOwnersSession() {
        String append = "{\"messages\":[{\"author\":\"a\",\"role\":\"user\",\"content\":\"sneak\"}]}";
        assertThat(as(ALICE, "GET", "/v1/sessions/bob-1", null).isJsonError(404)).isTrue();
        assertThat(as(ALICE, "GET", "/v1/sessions/bob-1/messages", null).isJsonError(404)).isTrue();
        assertThat(as(ALICE, "GET", "/v1/sessions?owner=bob", null).isJsonError(404)).isTrue();
        assertThat(as(ALICE, "POST", "/v1/sessions/bob-1/messages", append).isJsonError(404)).isTrue();
        assertThat(as(ALICE, "PATCH", "/v1/sessions/bob-1", "{\"title\":\"mine\"}").isJsonError(404)).isTrue();
        assertThat(as(ALICE, "DELETE", "/v1/sessions/bob-1", null).isJsonError(404)).isTrue();
        assertThat(as(ALICE, "POST", "/v1/sessions", "{\"id\":\"b-2\",\"owner\":\"bob\"}").isJsonError(404)).isTrue();
        Reply missing = as(ALICE, "GET", "/v1/sessions/no-such", null);
        Reply hidden = as(ALICE, "GET", "/v1/sessions/bob-1", null);
        assertThat(hidden.text()).isEqualTo(missing.text());
        var bob = api.store().find(SessionId.of("bob-1")).orElseThrow();
        assertThat(bob.lastSeq()).isEqualTo(1);
        assertThat(bob.info().title()).isEmpty();
    }

    @Test
    void anOwnerScopedTokenWorksOnItsOwnOwners() {
        assertThat(as(ALICE, "POST", "/v1/sessions", "{\"id\":\"a-1\",\"owner\":\"alice\"}").status()).isEqualTo(201);
        assertThat(as(ALICE, "POST", "/v1/sessions", "{\"id\":\"c-1\",\"owner\":\"carol\"}").status()).isEqualTo(201);
        assertThat(as(ALICE, "GET", "/v1/sessions?owner=alice", null).json().path("sessions").size()).isEqualTo(1);
        assertThat(as(ALICE, "DELETE", "/v1/sessions/c-1", null).status()).isEqualTo(204);
        assertThat(as(ADMIN, "GET", "/v1/sessions/a-1", null).status()).isEqualTo(200);
    }

    @Test
    void liveStreamsNeedATokenAndKeepItsScope() throws IOException {
        as(ADMIN, "POST", "/v1/sessions", "{\"id\":\"a-1\",\"owner\":\"alice\"}");
        int port = api.server().port();
        String bearer = "Bearer " + ALICE;
        try (SseReader own = SseReader.open(port, "/v1/sessions/a-1/messages/stream", "Authorization", bearer);
             SseReader owner = SseReader.open(port, "/v1/owners/alice/sessions/stream", "Authorization", bearer)) {
            assertThat(own.status()).isEqualTo(200);
            assertThat(owner.status()).isEqualTo(200);
        }
        try (SseReader hidden = SseReader.open(port, "/v1/sessions/bob-1/messages/stream", "Authorization", bearer);
             SseReader missing = SseReader.open(port, "/v1/sessions/no-such/messages/stream", "Authorization", bearer);
             SseReader bob = SseReader.open(port, "/v1/owners/bob/sessions/stream", "Authorization", bearer);
             SseReader anonymous = SseReader.open(port, "/v1/owners/alice/sessions/stream")) {
            Reply hiddenReply = hidden.reply();
            assertThat(hiddenReply.isJsonError(404)).isTrue();
            assertThat(hiddenReply.text()).isEqualTo(missing.reply().text());
            assertThat(bob.reply().isJsonError(404)).isTrue();
            assertThat(anonymous.reply().isJsonError(401)).isTrue();
        }
    }

    @Test
    void aTokenFileReadableByOthersOrMalformedIsRefusedWithoutEchoingTheToken() throws IOException {
        Path open = dir.resolve("open-tokens");
        Files.writeString(open, ADMIN + " admin\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> Tokens.load(open)).hasMessageContaining("chmod 600");
        Path bad = dir.resolve("bad-tokens");
        Files.writeString(bad, "short admin\n" );
        Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> Tokens.load(bad)).hasMessageContaining("line 1").hasMessageNotContaining("short");
    }

    @Test
    void aNonLoopbackBindWithoutTokensIsRefused() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        assertThatThrownBy(() -> ApiServer.start(api.store(), registry, new ServerOptions("0.0.0.0", 0, null, 1024)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--tokens");
    }
}
