package dev.multichat.internal.feed;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionListener;
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
 * nothing is copied per follower) from the last one it took, and delivers them serially: in
 * passing, when the watch's {@link Sweeper} walks its followers ({@link #deliverHere()}), or on
 * the delivery pool for its own catch-up, errors and end. It reads the store itself from the last
 * seq it delivered at the start, when it fell more than {@link BatchRing#CAPACITY} batches behind
 * (the bounded buffer) and whenever a batch does not continue directly after that seq. So a slow
 * listener never holds up the watch or a writer, and nothing is lost or repeated.
 *
 * <p>A walk passes every follower of the session on each append, so the follower is one small
 * object: it holds its listener and the watch's shared target itself, and is its own
 * {@link SerialRunner} (extending it keeps the run count in this object) instead of pointing to
 * helper objects, which on a walk over 1,000 followers would be as many more cache misses per
 * follower. Thread-safe.
 */
final class SessionFollower extends SerialRunner implements Subscription {
    /** Messages per read while catching up. */
    static final int PAGE = 500;

    private final FeedTarget target;
    private final BatchRing ring;
    private final SessionListener listener;
    private final Consumer<SessionFollower> detach;
    private volatile boolean behind = true;
    private volatile boolean closed;
    private volatile StoreException error;
    private volatile FeedEnd end;
    private long delivered;
    private long taken;
    private boolean outage;

    SessionFollower(FeedTarget target, long afterSeq, SessionListener listener, Executor executor,
                    Consumer<SessionFollower> detach) {
        super(executor);
        this.target = target;
        this.ring = target.ring();
        this.taken = ring.head();
        this.delivered = afterSeq;
        this.listener = listener;
        this.detach = detach;
    }

    /**
     * Delivers what the ring holds beyond the last batch taken, on the calling thread; if the
     * follower is delivering on another thread right now, that one goes on instead.
     */
    void deliverHere() {
        if (!closed) {
            runHere();
        }
    }

    /**
     * Signals an outage, the feed's end, or (both null) a chance to retry a catch-up; delivers
     * on the delivery pool (unless it is delivering right now: then that run goes round again).
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
            request();
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

    /** One delivery round (never two at once: {@link SerialRunner}); ends the feed on what cannot be retried. */
    @Override
    protected void body() {
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
                signal(e, null); // reported on the next round, which this request makes
            }
        }
    }

    private void deliverPending() {
        StoreException failure = error;
        if (failure != null && !closed) {
            error = null;
            SessionCalls.error(listener, failure);
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
            delivered = SessionCalls.messages(listener, from == 0 ? batch : batch.subList(from, batch.size()));
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
            List<ChatMessage> page = target.log().read(target.id(), MessageRange.after(delivered, PAGE));
            if (!page.isEmpty() && !closed) {
                delivered = SessionCalls.messages(listener, Collections.unmodifiableList(page));
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
            SessionCalls.end(listener, target.id(), reason, cause);
        }
    }
}
