package dev.multichat.app.http;

import io.javalin.http.Context;

/**
 * Authentication: with tokens configured, every API route needs {@code Authorization: Bearer
 * <token>} and the caller gets that token's scope; {@code /metrics} needs an admin token.
 * Without tokens (a loopback-only server) every caller is admin. The token is never logged.
 * Thread-safe.
 */
final class Gate {

    private static final String BEARER = "Bearer ";

    private final Tokens tokens;

    /**
     * A gate.
     *
     * @param tokens the tokens, or {@code null} for none (loopback only)
     */
    Gate(Tokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Sets the caller's scope on the request.
     *
     * @param ctx the request
     * @throws ApiException (401) when tokens are configured and none valid was sent
     */
    void authenticate(Context ctx) {
        if (tokens == null) {
            ctx.attribute(Requests.ACCESS, Access.ADMIN);
            return;
        }
        String header = ctx.header("Authorization");
        Access access = header != null && header.startsWith(BEARER)
                ? tokens.lookup(header.substring(BEARER.length()).strip()) : null;
        if (access == null) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "unauthorized", "send a valid token as 'Authorization: Bearer <token>'");
        }
        ctx.attribute(Requests.ACCESS, access);
    }

    /**
     * Whether the server runs without tokens (every caller is admin).
     *
     * @return true when no tokens are configured
     */
    boolean open() {
        return tokens == null;
    }

    /**
     * Requires an admin caller.
     *
     * @param ctx the request
     * @throws ApiException (401) when the caller is not admin
     */
    void requireAdmin(Context ctx) {
        authenticate(ctx);
        if (!Requests.access(ctx).admin()) {
            throw new ApiException(401, "unauthorized", "this route needs an admin token");
        }
    }
}
