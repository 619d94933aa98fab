package dev.multichat.app.http;

/**
 * How the server listens.
 *
 * @param bind the address to bind, e.g. {@code 127.0.0.1}
 * @param port the port, 0 for any free one
 * @param tokens the bearer tokens, or {@code null} for none (then only a loopback bind is allowed)
 * @param maxBodyBytes the largest request body accepted
 */
public record ServerOptions(String bind, int port, Tokens tokens, long maxBodyBytes) {

    /** The default body limit: a batch of a few large messages (the store caps content at 1 MiB each). */
    public static final long DEFAULT_MAX_BODY = 4L << 20;
}
