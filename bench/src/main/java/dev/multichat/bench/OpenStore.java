package dev.multichat.bench;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A store opened by URI in a fresh data directory for one trial (one fork of one parameter
 * combination), shared by all benchmark threads, then closed and deleted. Subclasses are the
 * JMH states of each backend: they hold its {@code @Param}s and build its URI.
 */
public abstract class OpenStore {
    private SessionStore store;
    private Path dir;

    /**
     * Opens the store.
     *
     * @param prefix the data directory's name prefix
     * @param uriInDir makes the store URI from the data directory
     */
    protected final void open(String prefix, java.util.function.Function<Path, String> uriInDir) {
        dir = DataDir.create(prefix);
        store = SessionStores.open(uriInDir.apply(dir));
    }

    /** Closes the store and deletes its data. */
    @TearDown(Level.Trial)
    public void close() {
        store.close();
        DataDir.delete(dir);
    }

    /** @return the open store */
    final SessionStore store() {
        return store;
    }

    /** @return how many messages each benchmark thread's session starts an iteration with */
    abstract int history();
}
