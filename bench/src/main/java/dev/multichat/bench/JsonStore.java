package dev.multichat.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Our JSON store ({@code json:<dir>?fsync=...}) for the history benchmarks. They run at
 * {@code fsync=never} by default so that a cost growing with history is not hidden behind the
 * fsync, which is the same at any history (override with {@code -p fsync=always}).
 */
@State(Scope.Benchmark)
public class JsonStore extends OpenStore {
    /** The store's fsync mode. */
    @Param({"never"})
    public String fsync;

    /** Messages in each session at the start of every iteration. */
    @Param({"10", "100000"})
    public int history;

    /** Opens the store in a fresh directory. */
    @Setup(Level.Trial)
    public void open() {
        open("json", dir -> "json:" + dir + "?fsync=" + fsync);
    }

    @Override
    int history() {
        return history;
    }
}
