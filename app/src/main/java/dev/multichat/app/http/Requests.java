package dev.multichat.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.app.wire.Json;
import io.javalin.http.Context;

/**
 * The small pieces every route shares: the caller's scope, a session the caller may see, the
 * {@code If-Match} precondition, bounded numeric parameters and JSON answers. Stateless.
 */
final class Requests {

    /** The request attribute holding the caller's {@link Access}. */
    static final String ACCESS = "multichat.access";

    private Requests() {
    }

    /**
     * The caller's scope, set by the authentication filter.
     *
     * @param ctx the request
     * @return its access
     */
    static Access access(Context ctx) {
        Access access = ctx.attribute(ACCESS);
        return access == null ? Access.ADMIN : access;
    }

    /**
     * The session named in the path, if it exists and the caller may see it.
     *
     * @param catalog the store
     * @param ctx the request
     * @return the session
     * @throws SessionNotFoundException when it does not exist or belongs to an owner out of scope
     *         (the same answer, so another owner's session is not revealed)
     */
    static ChatSession visible(SessionCatalog catalog, Context ctx) {
        SessionId id = SessionId.of(ctx.pathParam("id"));
        ChatSession session = catalog.find(id).orElse(null);
        if (session == null || !access(ctx).sees(session.owner())) {
            throw new SessionNotFoundException(id);
        }
        return session;
    }

    /**
     * The {@code If-Match} precondition: absent or {@code *} is any version, {@code "N"} is N.
     *
     * @param ctx the request
     * @return the expectation
     * @throws ApiException (400) when the header is not a version ETag
     */
    static Expect expect(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || "*".equals(header.strip())) {
            return Expect.any();
        }
        String value = header.strip();
        if (value.length() > 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version >= 1) {
                return Expect.version(version);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiException(400, "invalid_if_match", "If-Match must be a version ETag such as \"3\"");
    }

    /**
     * A whole-number query parameter within bounds.
     *
     * @param ctx the request
     * @param name its name
     * @param fallback the value when absent
     * @param max the largest value accepted
     * @return the value
     * @throws ApiException (400) when it is not a number from 0 to {@code max}
     */
    static long number(Context ctx, String name, long fallback, long max) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text);
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiException(400, "invalid_parameter", "query parameter '" + name
                + "' must be a whole number from 0 to " + max);
    }

    /**
     * Sends a JSON answer.
     *
     * @param ctx the request
     * @param status the HTTP status
     * @param body the JSON body
     */
    static void json(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType("application/json").result(Json.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /**
     * Sets the session's version as its ETag.
     *
     * @param ctx the request
     * @param session the session
     */
    static void etag(Context ctx, ChatSession session) {
        ctx.header("ETag", "\"" + session.version() + "\"");
    }
}
