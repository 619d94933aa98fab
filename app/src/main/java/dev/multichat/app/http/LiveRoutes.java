package dev.multichat.app.http;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionStore;
import dev.multichat.app.live.LiveStream;
import dev.multichat.app.live.LiveStreams;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The live routes (Server-Sent Events, {@code text/event-stream}): a session's new messages,
 * resumable with {@code Last-Event-ID} (or {@code ?after=SEQ}; by default only messages newer
 * than the request), and an owner's session changes. Behind the same token gate as every
 * {@code /v1} route: a session or owner out of the caller's scope is a 404 JSON error, answered
 * before any event. Thread-safe.
 */
final class LiveRoutes {

    private final SessionStore store;
    private final LiveStreams live;

    LiveRoutes(SessionStore store, LiveStreams live) {
        this.store = store;
        this.live = live;
    }

    /**
     * Registers the routes (the {@code /v1/*} token gate applies to them).
     *
     * @param routes the route table
     */
    void register(RoutesConfig routes) {
        routes.get("/v1/sessions/{id}/messages/stream", this::messages);
        routes.get("/v1/owners/{owner}/sessions/stream", this::sessions);
    }

    void messages(Context ctx) {
        ChatSession session = Requests.visible(store, ctx);
        long after = startPoint(ctx, session.lastSeq());
        LiveStream stream = live.session(store, session.id(), after);
        ctx.future(() -> stream.start(ctx.req(), ctx.res()));
    }

    void sessions(Context ctx) {
        String owner = ctx.pathParam("owner");
        if (!Requests.access(ctx).sees(owner)) {
            throw new ApiException(404, "not_found", "no owner by that name is visible to this token");
        }
        LiveStream stream = live.owner(store, owner);
        ctx.future(() -> stream.start(ctx.req(), ctx.res()));
    }

    /**
     * Where a message stream starts: after the {@code Last-Event-ID} header's seq (a reconnect),
     * else after {@code ?after}, else after the session's last seq (only new messages).
     */
    private static long startPoint(Context ctx, long lastSeq) {
        String header = ctx.header("Last-Event-ID");
        if (header == null || header.isBlank()) {
            return Requests.number(ctx, "after", lastSeq, Long.MAX_VALUE - 1);
        }
        try {
            long seq = Long.parseLong(header.strip());
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiException(400, "invalid_parameter",
                "header 'Last-Event-ID' must be the seq of the last message received, a whole number from 0");
    }
}
