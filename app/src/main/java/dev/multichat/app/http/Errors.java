package dev.multichat.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.multichat.app.wire.Json;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every failure as {@code {"code": ..., "message": ...}} with its status. An unexpected
 * failure is a 500 whose body carries only an incident id; the stack trace goes to the server
 * log under that id. Thread-safe.
 */
final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    static void handle(Exception error, Context ctx) {
        ApiException api = error instanceof HttpResponseException http ? fromJavalin(http) : ErrorCodes.of(error);
        if (api == null) {
            String incident = UUID.randomUUID().toString();
            LOG.error("request {} {} failed (incident {})", ctx.method(), ctx.endpoints().lastHttpEndpoint() == null
                    ? "unmatched" : ctx.endpoints().lastHttpEndpoint().path, incident, error);
            api = new ApiException(500, "internal", "an internal error occurred (incident " + incident
                    + "); the server log has the details");
        }
        send(ctx, api);
    }

    static void send(Context ctx, ApiException api) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("code", api.code());
        body.put("message", api.getMessage());
        Requests.json(ctx, api.status(), body);
    }

    private static ApiException fromJavalin(HttpResponseException http) {
        int status = http.getStatus();
        String code = switch (status) {
            case 404 -> "no_route";
            case 405 -> "method_not_allowed";
            case 413 -> "body_too_large";
            default -> "http_" + status;
        };
        String message = status == 404 ? "no such route; see /openapi.json for the routes"
                : "the request was refused (HTTP " + status + ")";
        return new ApiException(status, code, message);
    }
}
