package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@code /openapi.json} matches the routes: every route documented, every documented route answered. */
class OpenApiTest extends LiveApiTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void theDocumentIsOpenApi31AndListsExactlyTheRegisteredRoutes() {
        Reply doc = api.call("GET", "/openapi.json", null);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(documented(doc.json())).isEqualTo(new TreeSet<>(api.server().routes()));
    }

    @Test
    void everyDocumentedRouteIsAnsweredByItsRouteAndWithADocumentedStatus() throws IOException {
        api.call("POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}");
        JsonNode paths = api.call("GET", "/openapi.json", null).json().path("paths");
        for (String route : documented(api.call("GET", "/openapi.json", null).json())) {
            String method = route.substring(0, route.indexOf(' '));
            String template = route.substring(route.indexOf(' ') + 1);
            String path = template.replace("{id}", "s-1").replace("{owner}", "alice")
                    + ("/v1/sessions".equals(template) ? "?owner=alice" : "");
            int status = answer(method, path);
            JsonNode responses = paths.path(template).path(method.toLowerCase(Locale.ROOT)).path("responses");
            assertThat(responses.has(Integer.toString(status))).as(route + " answered " + status).isTrue();
        }
    }

    /** Calls a route once; a live stream (which does not end) is read up to its status and dropped. */
    private int answer(String method, String path) throws IOException {
        Reply reply;
        if (path.endsWith("/stream")) {
            try (SseReader stream = SseReader.open(api.server().port(), path)) {
                reply = stream.status() == 200 ? new Reply(200, stream.contentType(), null, "") : stream.reply();
            }
        } else {
            reply = api.call(method, path, "GET".equals(method) || "DELETE".equals(method) ? null : "{}");
        }
        assertThat(reply.code()).as(method + " " + path).isNotEqualTo("no_route");
        return reply.status();
    }

    private static Set<String> documented(JsonNode doc) {
        Set<String> routes = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        return routes;
    }
}
