package dev.multichat.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.multichat.api.ChatSession;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.app.wire.CreateSessionBody;
import dev.multichat.app.wire.Json;
import dev.multichat.app.wire.PatchSessionBody;
import dev.multichat.app.wire.Views;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * The session routes: create, get, list by owner with a cursor, patch with {@code If-Match},
 * delete. An owner out of the caller's scope is answered exactly like a missing session (404).
 * Thread-safe (the store is).
 */
final class SessionRoutes {

    private final SessionStore store;
    private final Bodies bodies;

    SessionRoutes(SessionStore store, Bodies bodies) {
        this.store = store;
        this.bodies = bodies;
    }

    void create(Context ctx) throws IOException {
        NewSession spec = bodies.read(ctx, CreateSessionBody.class).toNewSession();
        requireOwner(ctx, spec.info().owner());
        ChatSession session = store.create(spec);
        ctx.header("Location", "/v1/sessions/" + session.id().value());
        Requests.etag(ctx, session);
        Requests.json(ctx, 201, Views.session(session));
    }

    void get(Context ctx) {
        ChatSession session = Requests.visible(store, ctx);
        Requests.etag(ctx, session);
        Requests.json(ctx, 200, Views.session(session));
    }

    void list(Context ctx) {
        String owner = ctx.queryParam("owner");
        if (owner == null) {
            throw new ApiException(400, "invalid_parameter", "query parameter 'owner' is required");
        }
        requireOwner(ctx, owner);
        int limit = (int) Requests.number(ctx, "limit", 20, SessionQuery.MAX_LIMIT);
        Page<ChatSession> page = store.list(new SessionQuery(owner, Math.max(1, limit), ctx.queryParam("cursor")));
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode items = body.putArray("sessions");
        page.items().forEach(session -> items.add(Views.session(session)));
        body.put("nextCursor", page.nextCursor());
        Requests.json(ctx, 200, body);
    }

    void patch(Context ctx) throws IOException {
        ChatSession current = Requests.visible(store, ctx);
        PatchSessionBody body = bodies.read(ctx, PatchSessionBody.class);
        ChatSession session = store.update(current.id(), body.toPatch(), Requests.expect(ctx));
        Requests.etag(ctx, session);
        Requests.json(ctx, 200, Views.session(session));
    }

    void delete(Context ctx) {
        ChatSession current = Requests.visible(store, ctx);
        if (!store.delete(current.id())) {
            throw new ApiException(404, "not_found", "no such session; check the id (ids are case-sensitive)");
        }
        ctx.status(204);
    }

    private static void requireOwner(Context ctx, String owner) {
        if (!Requests.access(ctx).sees(owner)) {
            throw new ApiException(404, "not_found", "no owner by that name is visible to this token");
        }
    }
}
