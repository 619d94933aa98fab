package dev.multichat.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A benchmark thread's own session in {@link PostgresStore}. */
@State(Scope.Thread)
public class PostgresSession extends ThreadSession {
    /**
     * Creates the session with the store's history.
     *
     * @param opened the trial's store
     */
    @Setup(Level.Trial)
    public void create(PostgresStore opened) {
        begin(opened);
    }
}
