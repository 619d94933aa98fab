package dev.multichat.postgres.internal.connect;

import java.time.Duration;

/**
 * How long a call may wait on the server.
 *
 * @param connect opening a connection, and waiting for a free one in the pool
 * @param statement one statement on the server ({@code statement_timeout}, lock waits
 *     included); zero for none
 */
public record Timeouts(Duration connect, Duration statement) {
    /** Slack between the server's statement timeout and the client's socket read timeout. */
    private static final long SOCKET_SLACK_SECONDS = 2;

    /**
     * @return the driver's {@code socketTimeout} in whole seconds: the client gives up on a
     *     server that stopped answering (a dead host, a network partition) a little after the
     *     server would have cancelled the statement; 0 (none) if statements have no timeout
     */
    public int socketSeconds() {
        if (statement.isZero()) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, ceilSeconds(statement) + SOCKET_SLACK_SECONDS);
    }

    /** @return the connect timeout in whole seconds, at least 1, for the driver's {@code connectTimeout} */
    public int connectSeconds() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, ceilSeconds(connect)));
    }

    private static long ceilSeconds(Duration d) {
        return (d.toMillis() + 999) / 1000;
    }
}
