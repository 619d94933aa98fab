package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.SessionId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A stop while a request is in flight: the request finishes and is stored, then the server stops. */
class GracefulStopTest extends LiveApiTest {

    @Test
    void aRequestInFlightWhenTheServerStopsStillCompletes() throws Exception {
        api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}");
        String body = "{\"messages\":[{\"author\":\"a\",\"role\":\"user\",\"content\":\"in flight\"}]}";
        try (Socket socket = new Socket("127.0.0.1", api.server().port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/sessions/s-1/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body.substring(0, 10))
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            waitUntilInFlight();
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> api.server().stop());
            out.write(body.substring(10).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readAnswer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 201").contains("in flight");
            stopping.get(30, TimeUnit.SECONDS);
        }
        assertThat(api.store().find(SessionId.of("s-1")).orElseThrow().lastSeq()).isEqualTo(1);
    }

    /** Polls /metrics until two requests are in flight: the held append and this scrape itself. */
    private void waitUntilInFlight() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!api.call("GET", "/metrics", null).text().contains("multichat_http_in_flight 2.0")) {
            assertThat(System.nanoTime()).as("the request reached its handler").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[4096];
        for (int n = in.read(buffer); n > 0 && !text.toString().contains("\"replayed\""); n = in.read(buffer)) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
