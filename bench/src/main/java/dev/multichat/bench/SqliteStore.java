package dev.multichat.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Our SQLite store ({@code sqlite:<path>?synchronous=...}) for one trial. */
@State(Scope.Benchmark)
public class SqliteStore extends OpenStore {
    /** SQLite's synchronous setting: full (fsync every commit) or normal (WAL: at checkpoints). */
    @Param({"full", "normal"})
    public String sync;

    /** Messages in each session at the start of every iteration. */
    @Param({"10", "1000", "100000"})
    public int history;

    /** Opens the store in a fresh directory. */
    @Setup(Level.Trial)
    public void open() {
        open("sqlite", dir -> "sqlite:" + dir.resolve("bench.db") + "?synchronous=" + sync);
    }

    @Override
    int history() {
        return history;
    }
}
