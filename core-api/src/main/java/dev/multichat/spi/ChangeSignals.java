package dev.multichat.spi;

/**
 * An optional part of an open backend: hints that data changed, from other processes or app
 * instances sharing the backend (SQLite's {@code PRAGMA data_version}, file stamps, Redis
 * pub/sub, PostgreSQL LISTEN/NOTIFY). The core already sees every write made through its own
 * store and hints itself about those; a backend without a native source returns
 * {@link #none()} and its subscribers still catch up at the core's periodic check.
 *
 * <p>Hints carry no data: the core reads the store after each one, so a lost, duplicated or
 * spurious hint never loses or repeats a message. Prefer a cheap hint over a precise one.
 */
public interface ChangeSignals {
    /**
     * Starts watching; called by the core at most once, before any hint is wanted. The
     * implementation calls {@code sink} from its own thread(s) and must never block a writer.
     *
     * @param sink where to report changes; thread-safe, each call returns at once
     */
    void start(ChangeSink sink);

    /**
     * Whether anything in this store is followed now: called with {@code true} when the store's
     * first subscription (of a session or an owner) starts, before that subscription's first
     * read, and with {@code false} when its last one ends; the calls alternate, starting with
     * {@code true}, and never overlap. A source whose hints cost other stores something (a Redis
     * {@code PUBLISH} of every append reaches each listening store) can listen only while it is
     * wanted; a hint missed meanwhile only waits for the periodic check. Called after
     * {@link #start}; must not throw. By default ignored (the source listens from its start).
     *
     * @param followed true if the store has a subscription now, false once it has none
     */
    default void wanted(boolean followed) {
        // listens from start to close
    }

    /**
     * Stops watching and releases its thread and connection; called once, before the backend's
     * {@link StoreLifecycle#close()}. Must return promptly; must not throw.
     */
    void close();

    /** @return a source that never hints (in-process hints and the periodic check only) */
    static ChangeSignals none() {
        return NoSignals.INSTANCE;
    }
}
