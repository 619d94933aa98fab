package dev.multichat.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Our JSON store at a durable fsync mode, sessions of 10 messages, for the fsync benchmarks. */
@State(Scope.Benchmark)
public class JsonDurableStore extends OpenStore {
    /** Messages in each session at the start of every iteration. */
    static final int HISTORY = 10;

    /** always: one force per append; batch: concurrent appends share one force. */
    @Param({"always", "batch"})
    public String fsync;

    /** Opens the store in a fresh directory. */
    @Setup(Level.Trial)
    public void open() {
        open("json-durable", dir -> "json:" + dir + "?fsync=" + fsync);
    }

    @Override
    int history() {
        return HISTORY;
    }
}
