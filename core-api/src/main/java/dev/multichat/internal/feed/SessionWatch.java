package dev.multichat.internal.feed;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The hub's watch over one followed session: on each hint it reads the messages after the
 * last seq it read (one read per hint, however many followers) and offers them to every
 * follower. Hints coalesce: many appends before a pass cost one read. Passes run on the hub's
 * single watcher thread; add and remove are thread-safe.
 */
final class SessionWatch {
    private final FeedTarget target;
    private final SerialRunner runner;
    private final List<SessionFollower> followers = new CopyOnWriteArrayList<>();
    private final Runnable retire;
    private long seen;
    private boolean down;
    private boolean retired;

    /**
     * @param target the session and its log
     * @param lastSeq the session's last seq when the watch starts (it reads after it)
     * @param watcher the hub's watcher thread
     * @param retire removes the watch from the hub
     */
    SessionWatch(FeedTarget target, long lastSeq, Executor watcher, Runnable retire) {
        this.target = target;
        this.seen = lastSeq;
        this.retire = retire;
        this.runner = new SerialRunner(watcher, this::pass);
    }

    /** @return false if the watch has retired (the caller makes a new one) */
    synchronized boolean add(SessionFollower follower) {
        if (retired) {
            return false;
        }
        followers.add(follower);
        return true;
    }

    /** Removes a follower; the last one out retires the watch. */
    synchronized void remove(SessionFollower follower) {
        followers.remove(follower);
        if (followers.isEmpty() && !retired) {
            retired = true;
            retire.run();
        }
    }

    /** Something may have changed: read soon. Returns at once. */
    void hint() {
        runner.request();
    }

    /**
     * Ends every follower (after what they have buffered).
     *
     * @param reason why
     */
    void endAll(FeedEnd reason) {
        followers.forEach(f -> f.signal(null, reason));
    }

    private void pass() {
        try {
            while (true) {
                List<ChatMessage> batch = target.log().read(target.id(),
                        MessageRange.after(seen, SessionFollower.PAGE));
                down = false;
                if (!batch.isEmpty()) {
                    seen = batch.get(batch.size() - 1).seq();
                    followers.forEach(f -> f.offer(batch));
                }
                if (batch.size() < SessionFollower.PAGE) {
                    break;
                }
            }
            followers.forEach(f -> f.signal(null, null));
        } catch (SessionNotFoundException e) {
            endAll(FeedEnd.SESSION_GONE);
        } catch (StoreClosedException e) {
            endAll(FeedEnd.STORE_CLOSED);
        } catch (StoreException e) {
            if (!down) {
                down = true;
                followers.forEach(f -> f.signal(e, null));
            }
        }
    }
}
