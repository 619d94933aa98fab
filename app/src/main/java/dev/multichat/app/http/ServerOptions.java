package dev.multichat.app.http;

import java.time.Duration;

/**
 * How the server listens.
 *
 * @param bind the address to bind, e.g. {@code 127.0.0.1}
 * @param port the port, 0 for any free one
 * @param tokens the bearer tokens, or {@code null} for none (then only a loopback bind is allowed)
 * @param maxBodyBytes the largest request body accepted
 * @param keepAlive the longest a live stream stays silent: an idle one gets a keep-alive comment
 */
public record ServerOptions(String bind, int port, Tokens tokens, long maxBodyBytes, Duration keepAlive) {

    /** The default body limit: a batch of a few large messages (the store caps content at 1 MiB each). */
    public static final long DEFAULT_MAX_BODY = 4L << 20;

    /** The default keep-alive period of live streams. */
    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(15);

    /**
     * Options with live streams kept alive every {@link #DEFAULT_KEEP_ALIVE}.
     *
     * @param bind the address to bind
     * @param port the port, 0 for any free one
     * @param tokens the bearer tokens, or {@code null} for none
     * @param maxBodyBytes the largest request body accepted
     */
    public ServerOptions(String bind, int port, Tokens tokens, long maxBodyBytes) {
        this(bind, port, tokens, maxBodyBytes, DEFAULT_KEEP_ALIVE);
    }
}
