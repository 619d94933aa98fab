package dev.multichat.app.http;

import dev.multichat.metrics.MicrometerStoreMetrics;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * A real server on a free loopback port over a real SQLite file, and a real HTTP client.
 * {@link #restart()} stops the server, closes the store and opens both again on the same file.
 */
final class TestApi implements AutoCloseable {

    private final Path db;
    private final Tokens tokens;
    private final HttpClient client = HttpClient.newHttpClient();
    private SessionStore store;
    private ApiServer server;

    private TestApi(Path db, Tokens tokens) {
        this.db = db;
        this.tokens = tokens;
        open();
    }

    static TestApi start(Path dir, Tokens tokens) {
        return new TestApi(dir.resolve("chats.db"), tokens);
    }

    private void open() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        StoreConfig config = StoreConfig.of("sqlite:" + db);
        store = SessionStores.open(config.withMetrics(MicrometerStoreMetrics.of(registry, "sqlite")));
        server = ApiServer.start(store, registry, new ServerOptions("127.0.0.1", 0, tokens, 64 * 1024));
    }

    void restart() {
        close();
        open();
    }

    SessionStore store() {
        return store;
    }

    ApiServer server() {
        return server;
    }

    /**
     * Sends a request.
     *
     * @param method the method
     * @param path the path and query
     * @param body a JSON body, or {@code null}
     * @param headers name, value, name, value...
     * @return the answer
     */
    Reply call(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            return Reply.of(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
