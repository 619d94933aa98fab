package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.hybrid.HybridStoreProvider;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hybrid store's own readings (cache hits and misses, refills, circuit state) appear on
 * {@code /metrics} and follow the store: here the fast tier is the built-in memory store and the
 * durable tier a real SQLite file.
 */
class StoreReadingsMetersTest {
    @TempDir
    Path dir;

    @Test
    void metricsShowTheHybridStoresHitsMissesRefillsAndCircuitState() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (SessionStore store = HybridStoreProvider.builder()
                .tiers("memory:readings", "sqlite:" + dir.resolve("chats.db")).open()) {
            ApiServer server = ApiServer.start(store, registry, new ServerOptions("127.0.0.1", 0, null, 64 * 1024));
            try {
                SessionId id = store.create(NewSession.of("s-1", "alice")).id();
                store.append(id, List.of(MessageDraft.of(Role.USER, "a", "x")));
                store.tail(id, 1);
                store.tail(id, 1);
                store.tail(id, 1);
                String metrics = get(server, "/metrics");
                assertThat(metrics)
                        .contains("multichat_hybrid_fast_reads_total{result=\"hit\"} 2.0")
                        .contains("multichat_hybrid_fast_reads_total{result=\"miss\"} 1.0")
                        .contains("multichat_hybrid_refills_total 1.0")
                        .contains("multichat_hybrid_circuit{state=\"closed\"} 1.0")
                        .contains("multichat_hybrid_circuit{state=\"open\"} 0.0")
                        .contains("multichat_hybrid_fallbacks_total{reason=\"circuit.open\"} 0.0");
                store.tail(id, 1);
                assertThat(get(server, "/metrics")).contains("multichat_hybrid_fast_reads_total{result=\"hit\"} 3.0");
            } finally {
                server.stop();
            }
        }
    }

    private static String get(ApiServer server, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
