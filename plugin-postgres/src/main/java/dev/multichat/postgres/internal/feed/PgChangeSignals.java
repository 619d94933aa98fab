package dev.multichat.postgres.internal.feed;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionId;
import dev.multichat.postgres.internal.connect.Connector;
import dev.multichat.spi.ChangeSignals;
import dev.multichat.spi.ChangeSink;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Change hints for the feed from every instance's writes: the store's writes call
 * {@code pg_notify('<schema>', session id)} inside their own statements, and one thread per
 * store {@code LISTEN}s on the schema's channel on a connection of its own (not from the pool)
 * and reports each id to the sink. The server delivers a notification only when its
 * transaction commits. When the connection is lost (a server restart, a network failure, a
 * round trip unanswered after {@link #QUIET_MS} ms of silence), notifications sent meanwhile are
 * lost: the thread reports {@link ChangeSink#changedAnywhere()}, reconnects with a growing delay
 * (up to {@link #MAX_BACKOFF_MS} ms), listens again and reports "changed anywhere" once more.
 *
 * <p>This instance's own notifications (those whose sending server process is its notifier's
 * connection of the moment) are not reported: the core hints each of this store's writes
 * in-process already, and for an append hands its followers the result; the echo would only
 * make the feed look the session up again (a round trip per hint, for nothing). A notification
 * sent by an earlier connection of the notifier is reported like any other (a spare hint). In
 * the one race where a foreign notification is dropped (it was sent by a server process that
 * ended and whose id the notifier's new connection got, and was still unread), the feed's
 * periodic check delivers that write.
 */
public final class PgChangeSignals implements ChangeSignals {
    /** How long one wait for notifications lasts; also how quickly {@link #close()} is noticed. */
    static final int POLL_MS = 250;
    /** After this long without a notification, a round trip checks that the connection is alive. */
    static final long QUIET_MS = 5_000;
    /** Longest delay between two reconnection attempts. */
    static final long MAX_BACKOFF_MS = 2_000;
    private static final int ANSWER_SECONDS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(PgChangeSignals.class);

    private final Connector connector;
    private final String channel;
    private final String where;
    private final IntSupplier own;
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile Thread thread;

    /**
     * @param connector opens the listening connection
     * @param channel the schema's name, which is the channel's
     * @param where the server and schema, for log lines (no credentials)
     * @param own the server process id of this instance's notifier at the moment (0 for none)
     */
    public PgChangeSignals(Connector connector, String channel, String where, IntSupplier own) {
        this.connector = connector;
        this.channel = channel;
        this.where = where;
        this.own = own;
    }

    @Override
    public void start(ChangeSink sink) {
        Thread t = new Thread(() -> run(sink), "multichat-postgres-listen " + channel);
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void close() {
        stop.countDown();
        Thread t = thread;
        if (t == null) {
            return;
        }
        try {
            t.join(POLL_MS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            LOG.warn("{}: the change listener did not stop within {} ms; it stops at its next wake-up", where,
                    POLL_MS * 4);
        }
    }

    private void run(ChangeSink sink) {
        long backoff = 0;
        boolean lost = false;
        while (stop.getCount() > 0) {
            try (ListenConnection listening = ListenConnection.open(connector, channel)) {
                if (lost) {
                    LOG.info("{}: the change listener is connected again", where);
                    sink.changedAnywhere();
                }
                backoff = 0;
                lost = false;
                listen(listening, sink);
            } catch (SQLException | RuntimeException e) {
                if (!lost) {
                    LOG.warn("{}: the change listener has no connection ({}); reconnecting, the feed meanwhile"
                            + " relies on its periodic check", where, e.getMessage());
                    sink.changedAnywhere();
                }
                lost = true;
                backoff = Math.min(MAX_BACKOFF_MS, Math.max(50, backoff * 2));
                pause(backoff);
            }
        }
    }

    /** Reports notifications until {@link #close()} or until the connection fails (then throws). */
    private void listen(ListenConnection listening, ChangeSink sink) throws SQLException {
        long lastHeard = System.nanoTime();
        while (stop.getCount() > 0) {
            List<String> payloads = listening.await(POLL_MS, own);
            if (!payloads.isEmpty()) {
                lastHeard = System.nanoTime();
                payloads.forEach(p -> report(p, sink));
            } else if (System.nanoTime() - lastHeard > TimeUnit.MILLISECONDS.toNanos(QUIET_MS)) {
                if (!listening.answers(ANSWER_SECONDS)) {
                    throw new SQLException("the listening connection did not answer within " + ANSWER_SECONDS + " s");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    private static void report(String payload, ChangeSink sink) {
        SessionId id;
        try {
            id = SessionId.of(payload);
        } catch (InvalidInputException e) {
            // not one of ours (another program notifying on the channel): re-check everything
            sink.changedAnywhere();
            return;
        }
        sink.changed(id);
    }

    private void pause(long millis) {
        try {
            stop.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.countDown();
        }
    }
}
