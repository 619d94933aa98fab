package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A server stop ends every live stream with its {@code end} event, then completes the response. */
class LiveStopTest extends LiveApiTest {

    @Test
    void stoppingTheServerEndsEveryStreamWithEndStoreClosedAndCompletesIt() throws Exception {
        api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}");
        int port = api.server().port();
        try (SseReader messages = SseReader.open(port, "/v1/sessions/s-1/messages/stream");
             SseReader sessions = SseReader.open(port, "/v1/owners/alice/sessions/stream")) {
            api.awaitMetric("multichat_live_streams{kind=\"session\"} 1.0");
            api.awaitMetric("multichat_live_streams{kind=\"owner\"} 1.0");
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> api.server().stop());
            for (SseReader stream : new SseReader[] {messages, sessions}) {
                SseEvent end = stream.next();
                assertThat(end.name()).isEqualTo("end");
                assertThat(end.json().path("reason").asText()).isEqualTo("STORE_CLOSED");
                assertThat(stream.rest()).as("the response completes after end").isEmpty();
            }
            stopping.get(30, TimeUnit.SECONDS);
        }
    }
}
