package dev.multichat.bench;

import dev.multichat.api.SessionId;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A benchmark thread's own session in each of {@link HybridState}'s stores, created with the
 * trial's history and trimmed back to it before every iteration; the hybrid one is read once
 * so its cached copy exists (an active session).
 */
@State(Scope.Thread)
public class HybridSession {
    SessionId hybrid;
    SessionId redis;
    SessionId durable;
    SessionId open;
    /** The Redis session's version, kept by benchmarks that write it expecting a version. */
    long redisVersion;
    private HybridState state;

    /**
     * Creates the sessions.
     *
     * @param opened the trial's stores
     */
    @Setup(Level.Trial)
    public void create(HybridState opened) {
        state = opened;
        hybrid = History.create(opened.hybrid, opened.history);
        redis = History.create(opened.redisAlone, opened.history);
        durable = History.create(opened.durableAlone, opened.history);
        open = History.create(opened.circuitOpen, opened.history);
    }

    /** Trims every session back to its nominal history and warms the hybrid's copy. */
    @Setup(Level.Iteration)
    public void trim() {
        History.trimTo(state.hybrid, hybrid, state.history);
        History.trimTo(state.redisAlone, redis, state.history);
        redisVersion = state.redisAlone.find(redis).orElseThrow().version();
        History.trimTo(state.durableAlone, durable, state.history);
        History.trimTo(state.circuitOpen, open, state.history);
        state.hybrid.tail(hybrid, 20);
    }
}
