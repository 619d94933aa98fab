package dev.multichat.app.http;

import dev.multichat.api.SessionStore;
import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The route table: every path the API answers but the live streams ({@link LiveRoutes}, which
 * registers its own with the stream registry it needs). {@code /openapi.json} documents all of
 * them (a test holds the two together).
 */
final class Routes {

    private Routes() {
    }

    static void register(RoutesConfig routes, Gate gate, SessionStore store, PrometheusMeterRegistry registry,
                         Bodies bodies) {
        SessionRoutes sessions = new SessionRoutes(store, bodies);
        MessageRoutes messages = new MessageRoutes(store, bodies);
        OpsRoutes ops = new OpsRoutes(store, registry, gate.open());
        routes.before("/v1/*", gate::authenticate);
        routes.before("/metrics", gate::requireAdmin);
        routes.post("/v1/sessions", sessions::create);
        routes.get("/v1/sessions", sessions::list);
        routes.get("/v1/sessions/{id}", sessions::get);
        routes.patch("/v1/sessions/{id}", sessions::patch);
        routes.delete("/v1/sessions/{id}", sessions::delete);
        routes.post("/v1/sessions/{id}/messages", messages::append);
        routes.get("/v1/sessions/{id}/messages", messages::read);
        routes.get("/v1/whoami", UiRoutes::whoami);
        routes.get("/health", ops::health);
        routes.get("/metrics", ops::metrics);
        routes.get("/openapi.json", ops::openApi);
        routes.get("/docs", ops::docs);
    }
}
