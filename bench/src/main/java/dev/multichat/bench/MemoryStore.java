package dev.multichat.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The in-memory reference store ({@code memory:}): the cost of the API and its guard alone. */
@State(Scope.Benchmark)
public class MemoryStore extends OpenStore {
    /** Messages in each session at the start of every iteration. */
    @Param({"1000"})
    public int history;

    /** Opens the store. */
    @Setup(Level.Trial)
    public void open() {
        open("memory", dir -> "memory:bench");
    }

    @Override
    int history() {
        return history;
    }
}
