package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A client that opens a stream and reads nothing, with a tiny receive buffer: appends are still
 * acknowledged and another client on the same session still gets every message in order.
 */
class SlowClientTest extends LiveApiTest {

    private static final int APPENDS = 150;

    @Test
    void aClientThatReadsNothingHoldsUpNeitherAppendsNorAnotherClient() throws Exception {
        api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}");
        try (Socket stalled = new Socket();
             SseReader reader = SseReader.open(api.server().port(), "/v1/sessions/s-1/messages/stream")) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new InetSocketAddress("127.0.0.1", api.server().port()));
            OutputStream out = stalled.getOutputStream();
            out.write("GET /v1/sessions/s-1/messages/stream HTTP/1.1\r\nHost: x\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            api.awaitMetric("multichat_live_streams{kind=\"session\"} 2.0");
            String content = "x".repeat(30_000);
            String batch = "{\"messages\":[{\"author\":\"a\",\"role\":\"user\",\"content\":\"" + content + "\"},"
                    + "{\"author\":\"a\",\"role\":\"user\",\"content\":\"" + content + "\"}]}";
            for (int i = 0; i < APPENDS; i++) {
                assertThat(api.call("POST", "/v1/sessions/s-1/messages", batch).status()).isEqualTo(201);
            }
            for (int seq = 1; seq <= 2 * APPENDS; seq++) {
                SseEvent event = reader.next();
                assertThat(event.id()).isEqualTo(Integer.toString(seq));
                assertThat(event.json().path("content").asText()).hasSize(30_000);
            }
        }
    }
}
