package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.SessionId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of request parsing: arbitrary bodies (random text, JSON-ish fragments and
 * mutated valid bodies) and arbitrary path ids never cause a 5xx or a non-JSON answer, never take
 * the server down, and never write unless the request was a valid one.
 */
class RequestFuzzTest {

    private static Path dir;
    private static TestApi api;

    @BeforeContainer
    static void start() {
        try {
            dir = Files.createTempDirectory("fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        api = TestApi.start(dir, null, ServerOptions.DEFAULT_KEEP_ALIVE);
        api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}");
    }

    @AfterContainer
    static void stop() {
        api.close();
    }

    @Property(tries = 300)
    void anyAppendBodyIsA201OrA4xxJsonError(@ForAll("bodies") String body) {
        long before = api.store().find(SessionId.of("s-1")).orElseThrow().lastSeq();
        Reply reply = api.call("POST", "/v1/sessions/s-1/messages", body);
        long after = api.store().find(SessionId.of("s-1")).orElseThrow().lastSeq();
        if (reply.status() == 201) {
            boolean replayed = reply.json().path("replayed").asBoolean();
            assertThat(after).isEqualTo(replayed ? before : before + reply.json().path("messages").size());
        } else {
            assertThat(reply.status()).as(body + " -> " + reply.text()).isBetween(400, 499);
            assertThat(reply.isJsonError(reply.status())).as(reply.text()).isTrue();
            assertThat(after).isEqualTo(before);
        }
    }

    @Property(tries = 200)
    void anyPathIdIsAnsweredWithJsonAndNever5xx(@ForAll("ids") String id) {
        Reply reply = api.call("GET", "/v1/sessions/" + java.net.URLEncoder.encode(id,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"), null);
        assertThat(reply.status()).as(id + " -> " + reply.text()).isIn(200, 400, 404);
        assertThat(reply.contentType()).startsWith("application/json");
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> valid = Arbitraries.of(
                "{\"messages\":[{\"author\":\"a\",\"role\":\"user\",\"content\":\"x\"}]}",
                "{\"messages\":[{\"id\":\"m\",\"author\":\"a\",\"role\":\"tool\",\"content\":\"\","
                        + "\"attributes\":{}}]}");
        Arbitrary<String> mutated = Combinators.combine(valid, Arbitraries.integers().between(0, 60),
                Arbitraries.strings().ofMaxLength(4)).as((text, at, insert) -> {
                    int cut = Math.min(at, text.length());
                    return text.substring(0, cut) + insert + text.substring(cut);
                });
        Arbitrary<String> fragments = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"messages\"", "\"author\"",
                "\"role\"",
                "\"content\"", "\"user\"", "null", "true", "1e999", "-0", "\"\\u0000\"", "\"\\ud800\"", "{}", "[]")
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(mutated, fragments, Arbitraries.strings().ofMaxLength(40), valid);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(140),
                Arbitraries.strings().withChars("abc.:_-/\\%0").ofMinLength(1).ofMaxLength(20),
                Arbitraries.just("s-1"));
    }
}
