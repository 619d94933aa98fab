package dev.multichat.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreHealth;
import dev.multichat.app.wire.Json;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Operations routes: {@code /health} (200 when the store is up or degraded, 503 when down or
 * failing; open to all, so with tokens on it tells the status only), {@code /metrics}
 * (Prometheus text), {@code /openapi.json} and the Swagger UI page.
 * Thread-safe.
 */
final class OpsRoutes {

    private final SessionStore store;
    private final PrometheusMeterRegistry registry;
    private final byte[] openApi;
    private final byte[] docsPage;
    private final boolean details;

    /**
     * The operations routes.
     *
     * @param store the store
     * @param registry the metrics
     * @param details whether {@code /health} shows the store's details (file paths, settings):
     *        only when the server has no tokens, since {@code /health} needs none
     */
    OpsRoutes(SessionStore store, PrometheusMeterRegistry registry, boolean details) {
        this.store = store;
        this.details = details;
        this.registry = registry;
        this.openApi = resource("openapi.json");
        this.docsPage = resource("docs.html");
    }

    void health(Context ctx) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        StoreHealth health;
        try {
            health = store.health();
        } catch (RuntimeException e) {
            health = new StoreHealth(StoreHealth.Status.DOWN, "the health check failed", java.util.Map.of());
        }
        body.put("status", health.status().name());
        body.put("detail", health.detail());
        if (details) {
            body.set("details", Json.MAPPER.valueToTree(health.details()));
        }
        Requests.json(ctx, health.status() == StoreHealth.Status.DOWN ? 503 : 200, body);
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    void docs(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(docsPage);
    }

    private static byte[] resource(String name) {
        try (InputStream in = OpsRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the app jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
