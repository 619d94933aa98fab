package dev.multichat.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.app.wire.AppendBody;
import dev.multichat.app.wire.Json;
import dev.multichat.app.wire.Views;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/**
 * The message routes: append a batch (all or nothing, optional {@code If-Match}, idempotent by
 * message ids: a retry answers the stored messages with {@code "replayed": true}) and read the
 * tail or a page after a seq. An admin's append skips the owner check's extra read (the store
 * answers a missing session itself). Thread-safe (the store is).
 */
final class MessageRoutes {

    private static final int DEFAULT_LIMIT = 100;

    private final SessionStore store;
    private final Bodies bodies;

    MessageRoutes(SessionStore store, Bodies bodies) {
        this.store = store;
        this.bodies = bodies;
    }

    void append(Context ctx) throws IOException {
        SessionId id = Requests.access(ctx).admin() ? SessionId.of(ctx.pathParam("id"))
                : Requests.visible(store, ctx).id();
        List<MessageDraft> drafts = bodies.read(ctx, AppendBody.class).toDrafts();
        Appended appended = store.append(id, drafts, Requests.expect(ctx));
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("session", Views.session(appended.session()));
        body.set("messages", messages(appended.messages()));
        body.put("replayed", appended.replayed());
        Requests.etag(ctx, appended.session());
        Requests.json(ctx, 201, body);
    }

    void read(Context ctx) {
        ChatSession session = Requests.visible(store, ctx);
        int limit = (int) Requests.number(ctx, "limit", DEFAULT_LIMIT, MessageRange.MAX_LIMIT);
        long after = Requests.number(ctx, "after", -1, Long.MAX_VALUE - 1);
        if (limit < 1) {
            throw new ApiException(400, "invalid_parameter", "query parameter 'limit' must be at least 1");
        }
        MessageRange range = after < 0 ? MessageRange.tail(limit) : MessageRange.after(after, limit);
        List<ChatMessage> messages = store.read(session.id(), range);
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("messages", messages(messages));
        body.put("lastSeq", session.lastSeq());
        boolean more = after >= 0 && !messages.isEmpty() && messages.size() == limit;
        body.put("nextAfter", more ? messages.get(messages.size() - 1).seq() : null);
        Requests.etag(ctx, session);
        Requests.json(ctx, 200, body);
    }

    private static ArrayNode messages(List<ChatMessage> messages) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        messages.forEach(message -> array.add(Views.message(message)));
        return array;
    }
}
