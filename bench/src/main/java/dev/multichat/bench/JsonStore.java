package dev.multichat.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Our JSON store ({@code json:<dir>?fsync=...}) for the history benchmarks, at {@code never}
 * and at the default {@code always}. The targets are judged at {@code never}: there a cost
 * that grows with history is not hidden behind an fsync that costs the same at any history.
 */
@State(Scope.Benchmark)
public class JsonStore extends OpenStore {
    /** The store's fsync mode. */
    @Param({"never", "always"})
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
