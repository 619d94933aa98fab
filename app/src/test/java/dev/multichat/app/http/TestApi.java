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
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real server on a free loopback port over a real store (a SQLite file unless a test names
 * another), and a real HTTP client. {@link #restart()} stops the server, closes the store and
 * opens both again on the same data.
 */
final class TestApi implements AutoCloseable {

    private final String uri;
    private final Tokens tokens;
    private final Duration keepAlive;
    private final HttpClient client = HttpClient.newHttpClient();
    private SessionStore store;
    private ApiServer server;

    private TestApi(String uri, Tokens tokens, Duration keepAlive) {
        this.uri = uri;
        this.tokens = tokens;
        this.keepAlive = keepAlive;
        open();
    }

    static TestApi start(Path dir, Tokens tokens, Duration keepAlive) {
        return new TestApi("sqlite:" + dir.resolve("chats.db"), tokens, keepAlive);
    }

    /**
     * A server without tokens over any store.
     *
     * @param uri the store's URI
     * @return the running server
     */
    static TestApi over(String uri) {
        return new TestApi(uri, null, ServerOptions.DEFAULT_KEEP_ALIVE);
    }

    private void open() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        StoreConfig config = StoreConfig.of(uri);
        store = SessionStores.open(config.withMetrics(MicrometerStoreMetrics.of(registry, config.uri().scheme())));
        server = ApiServer.start(store, registry, new ServerOptions("127.0.0.1", 0, tokens, 64 * 1024, keepAlive));
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

    /**
     * Waits until {@code /metrics} shows a line (a gauge's value, say); fails the test after 20 s.
     *
     * @param line the exact line
     */
    void awaitMetric(String line) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!call("GET", "/metrics", null).text().lines().anyMatch(line::equals)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("/metrics did not show '" + line + "' within 20 s");
            }
            Thread.onSpinWait();
        }
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
