package dev.multichat.internal.feed;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The hub's watch over one followed session: on each hint it reads the messages after the
 * last seq it read (one read per hint, however many followers) and offers them to every
 * follower. Hints coalesce: many appends before a pass cost one read. After reading it looks the
 * session up: if it is gone, or is a new incarnation (deleted and created again under the same
 * id, maybe before the watch looked: another creation time, or a version or last seq that went
 * down), every follower ends with {@link FeedEnd#SESSION_GONE} and what was read of the new one
 * is dropped. Passes run on the hub's single watcher thread; add and remove are thread-safe.
 */
final class SessionWatch {
    private final FeedTarget target;
    private final SessionCatalog catalog;
    private final SerialRunner runner;
    private final List<SessionFollower> followers = new CopyOnWriteArrayList<>();
    private final Runnable retire;
    private long seen;
    private ChatSession known;
    private boolean down;
    private boolean retired;

    /**
     * @param target the session and its log
     * @param session the session when the watch starts (it reads after its last seq)
     * @param catalog where the session is looked up after each read
     * @param watcher the hub's watcher thread
     * @param retire removes the watch from the hub
     */
    SessionWatch(FeedTarget target, ChatSession session, SessionCatalog catalog, Executor watcher, Runnable retire) {
        this.target = target;
        this.known = session;
        this.seen = session.lastSeq();
        this.catalog = catalog;
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
            List<List<ChatMessage>> batches = readNew();
            ChatSession now = catalog.find(target.id()).orElse(null);
            down = false;
            if (now == null || !sameIncarnation(now)) {
                endAll(FeedEnd.SESSION_GONE);
                return;
            }
            known = now;
            for (List<ChatMessage> batch : batches) {
                seen = batch.get(batch.size() - 1).seq();
                followers.forEach(f -> f.offer(batch));
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

    private List<List<ChatMessage>> readNew() {
        List<List<ChatMessage>> batches = new ArrayList<>();
        long after = seen;
        while (true) {
            List<ChatMessage> batch = target.log().read(target.id(), MessageRange.after(after, SessionFollower.PAGE));
            if (!batch.isEmpty()) {
                batches.add(batch);
                after = batch.get(batch.size() - 1).seq();
            }
            if (batch.size() < SessionFollower.PAGE) {
                return batches;
            }
        }
    }

    private boolean sameIncarnation(ChatSession now) {
        return now.state().createdAt().equals(known.state().createdAt())
                && now.version() >= known.version() && now.lastSeq() >= known.lastSeq();
    }
}
