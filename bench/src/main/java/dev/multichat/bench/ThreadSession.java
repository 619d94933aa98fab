package dev.multichat.bench;

import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * One session per benchmark thread (so 8 threads write 8 sessions), created with the store's
 * history and trimmed back to it before every iteration. Subclasses are the per-backend JMH
 * states; their trial setup calls {@link #begin}.
 */
public abstract class ThreadSession {
    /** The store the session lives in. */
    protected SessionStore store;
    /** This thread's session. */
    protected SessionId id;
    private int history;

    /**
     * Creates this thread's session in the given store.
     *
     * @param opened the trial's store
     */
    protected final void begin(OpenStore opened) {
        store = opened.store();
        history = opened.history();
        id = History.create(store, history);
    }

    /** Trims the session back to its nominal history before each iteration. */
    @Setup(Level.Iteration)
    public void trim() {
        History.trimTo(store, id, history);
    }
}
