package dev.multichat.internal.feed;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatSession;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The hub's watch over one followed session. This store's appends hand it their results; other
 * changes a bare hint. Its {@link Sweeper} runs rounds on the delivery pool: each pass brings the
 * session's {@link BatchRing} up to date through its {@link SessionTail} (this store's appends
 * without a store call, the rest by one read however many followers), then the new batches go
 * to every follower; or the pass ends every follower with {@link FeedEnd#SESSION_GONE} when the
 * session is gone or was created again. Hints coalesce: the appends made during a round cost
 * one more pass. The results wait in an {@link AppendInbox}: a writer pushes, and only the
 * first push after a pass requests the next one, so a writer neither wakes a thread nor touches
 * the sweeper's counter while a pass is owed. Thread-safe.
 */
final class SessionWatch {
    private final FeedTarget target;
    private final SessionTail tail;
    private final DeliveryPool pool;
    private final long paceNanos;
    private final List<SessionFollower> followers = new CopyOnWriteArrayList<>();
    private final AppendInbox local = new AppendInbox();
    private final HintGate gate;
    private final Object passing = new Object();
    private final Runnable retire;
    private volatile Sweeper sweeper;
    /** The pacer of the sweeper of the moment. */
    private volatile Pacer pacer;
    private boolean down;
    private boolean retired;

    /**
     * @param target the session, its log and the ring its followers take from
     * @param session the session when the watch starts (it publishes after its last seq)
     * @param catalog where the session is looked up
     * @param threads the hub's threads (the pool runs the passes and delivers; the watcher paces hints)
     * @param retire removes the watch from the hub
     */
    SessionWatch(FeedTarget target, ChatSession session, SessionCatalog catalog, FeedThreads threads,
                 Runnable retire) {
        this.target = target;
        this.tail = new SessionTail(target, session, catalog);
        this.pool = threads.delivery();
        this.paceNanos = threads.paceNanos();
        this.pacer = new Pacer(pool::crowded, local::filling, paceNanos);
        this.sweeper = new Sweeper(followers, pool, this::pass, local::isPending, pacer);
        this.gate = new HintGate(threads.watcher(), () -> sweeper.request()); // the sweeper of the moment
        this.retire = retire;
    }

    /** @return the session, its log and the ring its followers take from */
    FeedTarget target() {
        return target;
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

    /** Something may have changed: look (and read if needed) soon (see {@link HintGate}). Returns at once. */
    void hint() {
        gate.hint();
    }

    /** @param appended an append this store made to the session: publish it soon. Returns at once. */
    void appended(Appended appended) {
        if (appended.messages().isEmpty()) {
            return;
        }
        AppendInbox.Pushed pushed = local.push(appended);
        if (pushed == AppendInbox.Pushed.FIRST) {
            Sweeper now = sweeper;
            if (!now.onThread()) { // else it looks at the inbox before it goes idle
                now.request(); // the appends pushed behind it until the pass takes them ride on it
            }
        } else if (pushed == AppendInbox.Pushed.HALF) {
            pacer.wake(); // a pause that waits for more would let the inbox overflow
        } else if (pushed == AppendInbox.Pushed.FULL) {
            hint(); // the pass finds the gap and reads
        }
    }

    /**
     * Ends every follower (after what was published).
     *
     * @param reason why
     */
    void endAll(FeedEnd reason) {
        followers.forEach(f -> f.signal(null, reason));
    }

    /** Watcher thread: if a listener has held the sweeper since the last call, starts a fresh one. */
    void unstick() {
        Sweeper held = sweeper;
        if (held.stuck()) {
            Pacer freshPacer = new Pacer(pool::crowded, local::filling, paceNanos);
            Sweeper fresh = new Sweeper(followers, pool, this::pass, local::isPending, freshPacer);
            held.retire(fresh);
            pacer = freshPacer;
            sweeper = fresh;
            fresh.requestWalk(); // the batches the held walk did not hand out
        }
    }

    /** @return true if the pass published a batch (the followers have something to take) */
    private boolean pass() {
        synchronized (passing) { // a retired sweeper may still be finishing its round
            long published = target.ring().head();
            try {
                // before the hint: a hint given before an append is seen with it
                List<Appended> appends = local.takeAll();
                if (!tail.advance(appends, gate.take())) {
                    endAll(FeedEnd.SESSION_GONE);
                } else {
                    down = false;
                    if (target.ring().head() == published) {
                        followers.forEach(f -> f.signal(null, null)); // nothing new: let a follower behind retry
                    }
                }
            } catch (SessionNotFoundException e) {
                endAll(FeedEnd.SESSION_GONE);
            } catch (StoreClosedException e) {
                endAll(FeedEnd.STORE_CLOSED);
            } catch (StoreException e) {
                gate.keep(); // look again at the next hint or periodic check
                if (!down) {
                    down = true;
                    followers.forEach(f -> f.signal(e, null));
                }
            }
            return target.ring().head() != published;
        }
    }
}
