package dev.multichat.bench;

import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A benchmark thread's own session and its own HTTP/1.1 client: the JDK client keeps one
 * keep-alive connection per thread here (requests are sequential), so 8 threads are 8 client
 * connections.
 */
@State(Scope.Thread)
public class HttpClientState {

    SessionId id;
    HttpClient client;
    HttpRequest append;

    /**
     * Creates the session and the prepared append request (one 200-character message).
     *
     * @param server the trial's server
     */
    @Setup(Level.Trial)
    public void create(HttpServerState server) {
        id = SessionId.of("s-" + UUID.randomUUID());
        server.store.create(new NewSession(id, dev.multichat.api.SessionInfo.of("bench")));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String body = "{\"messages\":[{\"author\":\"bench\",\"role\":\"user\",\"content\":\"" + Payload.TEXT + "\"}]}";
        append = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server.port() + "/v1/sessions/"
                        + id.value() + "/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    int send() throws java.io.IOException, InterruptedException {
        HttpResponse<Void> response = client.send(append, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("append over HTTP answered " + response.statusCode());
        }
        return response.statusCode();
    }
}
