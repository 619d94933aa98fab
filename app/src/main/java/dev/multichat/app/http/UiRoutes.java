package dev.multichat.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.multichat.app.wire.Json;
import io.javalin.http.Context;

/**
 * What the web UI (served at {@code /ui/}) asks the server beyond the REST API: {@code GET
 * /v1/whoami}, the caller's scope, so that an owner-scoped token is offered its own owners and
 * the UI can tell a missing token from a wrong one. Stateless and thread-safe.
 */
final class UiRoutes {

    private UiRoutes() {
    }

    /**
     * Answers the caller's scope: {@code {"admin": true|false, "owners": [...]}} (owners sorted,
     * empty for admin). The token itself is never echoed.
     *
     * @param ctx the request, already authenticated
     */
    static void whoami(Context ctx) {
        Access access = Requests.access(ctx);
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("admin", access.admin());
        ArrayNode owners = body.putArray("owners");
        access.owners().stream().sorted().forEach(owners::add);
        Requests.json(ctx, 200, body);
    }
}
