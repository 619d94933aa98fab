package dev.multichat.internal.feed;

import dev.multichat.api.ChatSession;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.OwnerListener;
import dev.multichat.api.SessionEvent;
import dev.multichat.api.SessionEvent.Kind;
import dev.multichat.api.SessionId;
import dev.multichat.api.StoreException;
import dev.multichat.api.Subscription;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link dev.multichat.api.SessionStore#followOwner} subscription: delivers the events its
 * owner's watch found, on its own serial task, so a slow listener holds up no one else. Its
 * buffer is bounded: past {@link #BUFFER} batches it drops them, asks for a re-list and, given
 * the listing ({@link OwnerSnapshot}), reports what changed since what it last delivered of each
 * session. It never blocks the watch or a writer. Thread-safe.
 */
final class OwnerFollower implements Subscription {
    /** Batches buffered before the follower drops them and waits for a re-list. */
    static final int BUFFER = 256;
    private static final Logger LOG = LoggerFactory.getLogger(OwnerFollower.class);
    private final OwnerListener listener;
    private final Consumer<OwnerFollower> detach;
    private final Runnable overflow;
    private final SerialRunner runner;
    private final Queue<Function<Map<SessionId, SessionEvent>, List<SessionEvent>>> queue =
            new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final Map<SessionId, SessionEvent> delivered = new HashMap<>();
    private volatile boolean behind;
    private volatile boolean closed;
    private volatile StoreException error;
    private volatile FeedEnd end;

    /**
     * @param listener the subscriber
     * @param executor where deliveries run
     * @param detach removes the follower from its watch
     * @param overflow asks for a re-list (the buffer overflowed)
     * @param known the owner's sessions when the follower joined
     */
    OwnerFollower(OwnerListener listener, Executor executor, Consumer<OwnerFollower> detach, Runnable overflow,
                  Map<SessionId, ChatSession> known) {
        this.listener = listener;
        this.detach = detach;
        this.overflow = overflow;
        this.runner = new SerialRunner(executor, this::drain);
        known.values().forEach(s -> delivered.put(s.id(), new SessionEvent(Kind.CREATED, s.id(), s.version(),
                s.lastSeq())));
    }

    /** @param events what the watch found, in order (ignored while waiting for a re-list) */
    void offer(List<SessionEvent> events) {
        if (closed || behind) {
            return;
        }
        if (queued.incrementAndGet() > BUFFER) {
            behind = true;
            queue.clear();
            queued.set(0);
            overflow.run();
        } else {
            queue.add(d -> events);
        }
        runner.request();
    }

    /** @return whether the follower dropped its buffer and waits for {@link #resync} */
    boolean behind() {
        return behind;
    }

    /** @param snapshot the owner's sessions, listed after the follower fell behind */
    void resync(OwnerSnapshot snapshot) {
        if (behind && !closed) {
            queue.add(snapshot::events);
            queued.incrementAndGet();
            behind = false;
            runner.request();
        }
    }

    /**
     * @param failure an outage to report, or null
     * @param reason why the feed ends after what is buffered, or null
     */
    void signal(StoreException failure, FeedEnd reason) {
        error = failure;
        end = reason;
        runner.request();
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
            StoreException failure = error;
            if (failure != null && !closed) {
                error = null;
                listener.onError(failure);
            }
            Function<Map<SessionId, SessionEvent>, List<SessionEvent>> batch;
            while (!closed && (batch = queue.poll()) != null) {
                queued.updateAndGet(n -> Math.max(0, n - 1));
                batch.apply(delivered).forEach(this::deliver);
            }
            FeedEnd reason = end;
            if (reason != null && !closed) {
                close();
                listener.onEnd(reason);
            }
        } catch (RuntimeException e) {
            LOG.warn("a listener following an owner's sessions threw; its subscription ends", e);
            if (!closed) {
                close();
                quietEnd();
            }
        }
    }

    private void deliver(SessionEvent event) {
        if (closed) {
            return;
        }
        listener.onEvent(event);
        if (event.kind() == Kind.DELETED || event.kind() == Kind.EXPIRED) {
            delivered.remove(event.id());
        } else {
            delivered.put(event.id(), event);
        }
    }

    private void quietEnd() {
        try {
            listener.onEnd(FeedEnd.LISTENER_FAILED);
        } catch (RuntimeException e) {
            LOG.warn("a listener following an owner's sessions threw from onEnd", e);
        }
    }
}
