package dev.multichat.internal.feed;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.MessageLog;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreException;
import dev.multichat.api.Subscription;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One {@link dev.multichat.api.SessionStore#followSession} subscription. The session's watch
 * offers it each batch it read; the follower delivers them on its own serial task. Its buffer
 * is bounded: past {@link #BUFFER} batches it drops them and reads the store itself from the
 * last seq it delivered, as it does at the start and whenever a batch does not continue
 * directly after that seq. So a slow listener never holds up the watch, a writer or another
 * follower, and nothing is lost or repeated. Thread-safe.
 */
final class SessionFollower implements Subscription {
    /** Batches buffered before the follower falls back to reading. */
    static final int BUFFER = 256;
    /** Messages per read while catching up. */
    static final int PAGE = 500;

    private final SessionId id;
    private final MessageLog log;
    private final SessionCalls listener;
    private final Consumer<SessionFollower> detach;
    private final SerialRunner runner;
    private final Queue<List<ChatMessage>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private volatile boolean behind = true;
    private volatile boolean closed;
    private volatile StoreException error;
    private volatile FeedEnd end;
    private long delivered;
    private boolean outage;

    SessionFollower(FeedTarget target, long afterSeq, SessionCalls listener, Executor executor,
                    Consumer<SessionFollower> detach) {
        this.id = target.id();
        this.log = target.log();
        this.delivered = afterSeq;
        this.listener = listener;
        this.detach = detach;
        this.runner = new SerialRunner(executor, this::drain);
    }

    /** @param batch messages the watch read, ascending; delivered unless already seen */
    void offer(List<ChatMessage> batch) {
        if (closed) {
            return;
        }
        if (queued.incrementAndGet() > BUFFER) {
            queued.decrementAndGet();
            behind = true;
        } else {
            queue.add(batch);
        }
        runner.request();
    }

    /**
     * Signals an outage, the feed's end, or (both null) a chance to retry a catch-up.
     *
     * @param failure an outage to report, or null
     * @param reason why the feed ends after what is buffered, or null
     */
    void signal(StoreException failure, FeedEnd reason) {
        if (failure != null) {
            error = failure;
        }
        if (reason != null) {
            end = reason;
        }
        if (failure != null || reason != null || behind) {
            runner.request();
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            detach.accept(this);
        }
    }

    @Override
    public boolean isActive() {
        return !closed;
    }

    private void drain() {
        try {
            deliverPending();
        } catch (SessionNotFoundException e) {
            finish(FeedEnd.SESSION_GONE, null);
        } catch (StoreClosedException e) {
            finish(FeedEnd.STORE_CLOSED, null);
        } catch (ListenerFailure e) {
            finish(FeedEnd.LISTENER_FAILED, (RuntimeException) e.getCause());
        } catch (StoreException e) {
            behind = true;
            if (!outage) {
                outage = true;
                error = e;
                runner.request();
            }
        }
    }

    private void deliverPending() {
        StoreException failure = error;
        if (failure != null && !closed) {
            error = null;
            listener.error(failure);
        }
        if (behind && !closed && end == null) { // an ending feed reads nothing more (the session may be another)
            behind = false;
            catchUp();
        }
        List<ChatMessage> batch;
        while (!closed && (batch = queue.poll()) != null) {
            queued.decrementAndGet();
            take(batch);
        }
        if (end != null && queue.isEmpty()) {
            finish(end, null);
        }
    }

    private void take(List<ChatMessage> batch) {
        int from = 0;
        while (from < batch.size() && batch.get(from).seq() <= delivered) {
            from++;
        }
        if (from == batch.size()) {
            return;
        }
        if (batch.get(from).seq() == delivered + 1) {
            delivered = listener.messages(batch.subList(from, batch.size()));
        } else {
            catchUp();
        }
    }

    private void catchUp() {
        while (!closed) {
            List<ChatMessage> page = log.read(id, MessageRange.after(delivered, PAGE));
            if (!page.isEmpty() && !closed) {
                delivered = listener.messages(page);
            }
            outage = false;
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private void finish(FeedEnd reason, RuntimeException cause) {
        if (!closed) {
            close();
            listener.end(reason, cause);
        }
    }
}
