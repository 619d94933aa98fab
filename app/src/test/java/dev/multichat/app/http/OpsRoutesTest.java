package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Health, Prometheus metrics, Swagger UI and the static-files route. */
class OpsRoutesTest extends LiveApiTest {

    @Test
    void metricsShowStoreOperationTimersWithPercentilesAndHttpRequests() {
        api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}");
        api.call("POST", "/v1/sessions/s-1/messages",
                "{\"messages\":[{\"author\":\"a\",\"role\":\"user\",\"content\":\"x\"}]}");
        Reply metrics = api.call("GET", "/metrics", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text())
                .contains("multichat_store_operations_seconds_bucket{")
                .containsPattern("multichat_store_operations_seconds_count\\{[^}]*operation=\"append\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*route=\"/v1/sessions/\\{id}/messages\"")
                .doesNotContain("route=\"/v1/sessions/s-1");
    }

    @Test
    void eachRouteAndStatusHasItsOwnRequestTimerCountingEveryRequest() {
        api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}");
        for (int i = 0; i < 3; i++) {
            api.call("GET", "/v1/sessions/s-1", null);
        }
        api.call("GET", "/v1/sessions/nobody", null);
        awaitCount("GET", "/v1/sessions/\\{id}", 200, 3);
        awaitCount("GET", "/v1/sessions/\\{id}", 404, 1);
        awaitCount("POST", "/v1/sessions", 201, 1);
    }

    /** Each request is recorded just after its answer was sent, so the count is awaited, with a deadline. */
    private void awaitCount(String method, String route, int status, int count) {
        Pattern line = Pattern.compile("http_server_requests_seconds_count\\{method=\"" + method + "\",route=\""
                + route + "\",status=\"" + status + "\"} " + count + "(\\.0)?\n");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String metrics = api.call("GET", "/metrics", null).text();
        while (!line.matcher(metrics).find() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            metrics = api.call("GET", "/metrics", null).text();
        }
        assertThat(metrics).containsPattern(line);
    }

    @Test
    void healthIs200WhileTheStoreIsUpAnd503OnceItIsDown() {
        Reply up = api.call("GET", "/health", null);
        assertThat(up.status()).isEqualTo(200);
        assertThat(up.json().path("status").asText()).isEqualTo("UP");
        api.store().close();
        Reply down = api.call("GET", "/health", null);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().path("status").asText()).isEqualTo("DOWN");
        Reply read = api.call("GET", "/v1/sessions/s-1", null);
        assertThat(read.isJsonError(503)).as(read.text()).isTrue();
    }

    @Test
    void swaggerUiAndTheStaticUiRouteAreServed() {
        Reply docs = api.call("GET", "/docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text()).contains("/openapi.json").contains("swagger-ui-bundle.js");
        assertThat(api.call("GET", "/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js", null).status()).isEqualTo(200);
        Reply ui = api.call("GET", "/ui/", null);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.text()).contains("Multichat");
    }
}
