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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One {@link dev.multichat.api.SessionStore#followSession} subscription. It takes the batches
 * its session's watch published in the watch's {@link BatchRing} (shared by every follower, so
 * nothing is copied per follower) from the last one it took, and delivers them on its own
 * serial task: run by the watch's {@link Sweeper} in passing, or on the delivery pool for its
 * own catch-up and end. It reads the store itself from the last seq it delivered at the start,
 * when it fell more than {@link BatchRing#CAPACITY} batches behind (the bounded buffer) and
 * whenever a batch does not continue directly after that seq. So a slow listener never holds
 * up the watch or a writer, and nothing is lost or repeated. Thread-safe.
 */
final class SessionFollower implements Subscription {
    /** Messages per read while catching up. */
    static final int PAGE = 500;

    private final SessionId id;
    private final MessageLog log;
    private final BatchRing ring;
    private final SessionCalls listener;
    private final Consumer<SessionFollower> detach;
    private final SerialRunner runner;
    private volatile boolean behind = true;
    private volatile boolean closed;
    private volatile StoreException error;
    private volatile FeedEnd end;
    private long delivered;
    private long taken;
    private boolean outage;

    SessionFollower(FeedTarget target, long afterSeq, SessionCalls listener, Executor executor,
                    Consumer<SessionFollower> detach) {
        this.id = target.id();
        this.log = target.log();
        this.ring = target.ring();
        this.taken = ring.head();
        this.delivered = afterSeq;
        this.listener = listener;
        this.detach = detach;
        this.runner = new SerialRunner(executor, this::drain);
    }

    /**
     * Delivers what the ring holds beyond the last batch taken, on the calling thread; if the
     * follower is delivering on another thread right now, that one goes on instead.
     */
    void deliverHere() {
        if (!closed) {
            runner.runHere();
        }
    }

    /**
     * Signals an outage, the feed's end, or (both null) a chance to retry a catch-up; delivers
     * on the delivery pool.
     *
     * @param failure an outage to report, or null
     * @param reason why the feed ends after what is published, or null
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
        if (behind && end == null) { // an ending feed reads nothing more (the session may be another)
            behind = false;
            catchUp();
        }
        while (!closed && taken < ring.head()) {
            List<ChatMessage> batch = ring.get(taken + 1);
            if (batch != null) {
                taken++;
                take(batch);
            } else if (end == null) {
                catchUp(); // overtaken: more than the ring holds was published since the last batch taken
            } else {
                break;
            }
        }
        if (end != null) {
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
            delivered = listener.messages(from == 0 ? batch : batch.subList(from, batch.size()));
        } else {
            catchUp();
        }
    }

    /**
     * Reads the store from the last seq delivered to its end; every batch the ring held when the
     * read began is then covered (it was stored before it was published).
     */
    private void catchUp() {
        long head = ring.head();
        while (!closed) {
            List<ChatMessage> page = log.read(id, MessageRange.after(delivered, PAGE));
            if (!page.isEmpty() && !closed) {
                delivered = listener.messages(Collections.unmodifiableList(page));
            }
            outage = false;
            if (page.size() < PAGE) {
                taken = Math.max(taken, head);
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
