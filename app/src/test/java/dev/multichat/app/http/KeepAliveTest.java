package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Idle live streams get keep-alive comments; a client that went away is noticed and let go. */
class KeepAliveTest extends LiveApiTest {

    @Override
    Duration keepAlive() {
        return Duration.ofMillis(300);
    }

    @Test
    void anIdleStreamGetsKeepAliveCommentsAndADroppedClientIsLetGo() {
        api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}");
        SseReader stream = SseReader.open(api.server().port(), "/v1/sessions/s-1/messages/stream");
        for (int i = 0; i < 2; i++) {
            SseEvent comment = stream.poll(Duration.ofSeconds(20)).orElseThrow();
            assertThat(comment.isComment()).isTrue();
            assertThat(comment.data()).isEqualTo("keep-alive");
        }
        api.awaitMetric("multichat_live_streams{kind=\"session\"} 1.0");
        stream.close();
        api.awaitMetric("multichat_live_streams{kind=\"session\"} 0.0");
    }
}
