package dev.multichat.postgres.internal.feed;

import dev.multichat.api.SessionId;
import dev.multichat.postgres.internal.connect.Connector;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every instance's change feed about this instance's writes, after they committed, from a
 * thread and a connection of its own. Writers only add the session id to a set
 * ({@link #changed}); the thread takes everything pending and sends it as one transaction of
 * {@code pg_notify('<schema>', id)} calls (see {@link NotifyConnection}), so the ids of all the
 * writes that committed while the previous send was under way go out together, once each.
 *
 * <p>Why not {@code NOTIFY} inside the write: PostgreSQL serialises the commits of all
 * transactions that queued a notification (a database-wide lock on the notification queue, held
 * through the commit's WAL flush), so writes that notify never share a commit flush and appends
 * on different sessions queue behind one another. Here only this thread's small transactions
 * take that lock, and at {@code synchronous_commit=off}, so their commit never waits for the disk.
 *
 * <p>The feed's rule makes this safe: notifications are hints and delivery reads the store. A
 * hint lost between a write's commit and the send (this process dies, the server goes away) is
 * healed by the feed's periodic check. When a send fails the ids stay pending and the thread
 * reconnects with a growing delay; if more than {@link #MAX_PENDING} sessions pile up meanwhile,
 * they collapse into one "changed anywhere" notification (an empty payload). The connection is
 * given back after {@link #IDLE_MS} ms without writes.
 */
public final class PgNotifier implements AutoCloseable {
    /** Most distinct session ids kept while sends fail; beyond it, one "changed anywhere" hint. */
    static final int MAX_PENDING = 10_000;
    /** The connection is closed after this long without a hint to send. */
    static final long IDLE_MS = 5_000;
    /** Longest delay between two attempts to send after a failure. */
    static final long MAX_BACKOFF_MS = 2_000;
    private static final long CLOSE_WAIT_MS = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(PgNotifier.class);

    private final NotifyConnection sender;
    private final String channel;
    private final String where;
    private final Set<String> pending = new LinkedHashSet<>();
    private boolean anywhere;
    private boolean closed;
    private Thread thread;

    /**
     * @param connector opens the notifier's own connection
     * @param channel the schema's name, which is the channel's
     * @param where the server and schema, for log lines (no credentials)
     */
    public PgNotifier(Connector connector, String channel, String where) {
        this.sender = new NotifyConnection(connector, channel);
        this.channel = channel;
        this.where = where;
    }

    /** Starts the sending thread. */
    public synchronized void start() {
        Thread t = new Thread(this::run, "multichat-postgres-notify " + channel);
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /**
     * Records that a write to {@code id} committed; returns at once (never waits for the server).
     *
     * @param id the session written
     */
    public synchronized void changed(SessionId id) {
        if (closed) {
            return;
        }
        if (pending.size() >= MAX_PENDING && !pending.contains(id.value())) {
            pending.clear();
            anywhere = true;
        } else if (!anywhere) {
            pending.add(id.value());
        }
        notifyAll();
    }

    /**
     * @return the server process id that this notifier's notifications carry now, 0 if it has no
     *     connection (its notifications are then heard like any other instance's)
     */
    public int pid() {
        return sender.pid();
    }

    /** Sends what is pending (one last attempt), then stops the thread and closes its connection. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            notifyAll();
            t = thread;
        }
        if (t == null) {
            return;
        }
        try {
            t.join(CLOSE_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            LOG.warn("{}: the change notifier did not stop within {} ms; it stops after its current send", where,
                    CLOSE_WAIT_MS);
        }
    }

    private void run() {
        long backoff = 0;
        while (true) {
            List<String> batch = next(sender.isOpen() ? IDLE_MS : 0);
            if (batch == null) {
                break;
            }
            if (batch.isEmpty()) {
                sender.close();
                continue;
            }
            try {
                sender.send(batch);
                backoff = 0;
            } catch (SQLException | RuntimeException e) {
                sender.close();
                if (backoff == 0) {
                    LOG.warn("{}: cannot send change notifications ({}); retrying, other instances' feeds meanwhile"
                            + " rely on their periodic check", where, e.getMessage());
                }
                backoff = Math.min(MAX_BACKOFF_MS, Math.max(50, backoff * 2));
                if (!giveBack(batch, backoff)) {
                    break;
                }
            }
        }
        sender.close();
    }

    /**
     * Waits for something to send.
     *
     * @param waitMs how long to wait, 0 for as long as it takes
     * @return the pending ids (the empty payload stands for "changed anywhere"); an empty list if
     *     nothing came within {@code waitMs}; null once closed with nothing left to send
     */
    private synchronized List<String> next(long waitMs) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMs);
        while (pending.isEmpty() && !anywhere) {
            if (closed) {
                return null;
            }
            long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
            if (waitMs > 0 && left <= 0) {
                return List.of();
            }
            waitQuietly(waitMs > 0 ? left : 0);
        }
        List<String> batch = anywhere ? List.of("") : new ArrayList<>(pending);
        pending.clear();
        anywhere = false;
        return batch;
    }

    /**
     * Puts a batch that failed back among the pending ids and waits before the next attempt.
     *
     * @return false if the notifier closed meanwhile (the batch is dropped: hints are hints)
     */
    private synchronized boolean giveBack(List<String> batch, long millis) {
        if (closed) {
            return false;
        }
        for (String id : batch) {
            if (id.isEmpty() || pending.size() >= MAX_PENDING) {
                pending.clear();
                anywhere = true;
            } else if (!anywhere) {
                pending.add(id);
            }
        }
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long left = millis;
        while (!closed && left > 0) {
            waitQuietly(left);
            left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
        }
        return true;
    }

    private void waitQuietly(long millis) {
        try {
            wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }
}
