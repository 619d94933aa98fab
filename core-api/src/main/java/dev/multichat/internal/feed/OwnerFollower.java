package dev.multichat.internal.feed;

import dev.multichat.api.FeedEnd;
import dev.multichat.api.OwnerListener;
import dev.multichat.api.SessionEvent;
import dev.multichat.api.StoreException;
import dev.multichat.api.Subscription;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link dev.multichat.api.SessionStore#followOwner} subscription: delivers the events its
 * owner's watch found, on its own serial task, so a slow listener holds up no one else.
 * Thread-safe.
 */
final class OwnerFollower implements Subscription {
    private static final Logger LOG = LoggerFactory.getLogger(OwnerFollower.class);
    private final OwnerListener listener;
    private final Consumer<OwnerFollower> detach;
    private final SerialRunner runner;
    private final Queue<SessionEvent> queue = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;
    private volatile StoreException error;
    private volatile FeedEnd end;

    OwnerFollower(OwnerListener listener, Executor executor, Consumer<OwnerFollower> detach) {
        this.listener = listener;
        this.detach = detach;
        this.runner = new SerialRunner(executor, this::drain);
    }

    /** @param events what the watch found, in order */
    void offer(List<SessionEvent> events) {
        if (!closed) {
            queue.addAll(events);
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
            SessionEvent event;
            while (!closed && (event = queue.poll()) != null) {
                listener.onEvent(event);
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

    private void quietEnd() {
        try {
            listener.onEnd(FeedEnd.LISTENER_FAILED);
        } catch (RuntimeException e) {
            LOG.warn("a listener following an owner's sessions threw from onEnd", e);
        }
    }
}
