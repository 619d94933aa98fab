package dev.multichat.bench;

import dev.multichat.api.SessionId;
import io.lettuce.core.ScriptOutputType;
import java.util.Collections;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A benchmark thread's own session in {@link RedisState}'s store (created with the trial's
 * history and trimmed back to it before every iteration), and the thread's own raw keys: a
 * list of 20 ~200-byte entries for LRANGE, and a key the trivial script is run on (so a
 * cluster routes it like a session's script).
 */
@State(Scope.Thread)
public class RedisSession {
    SessionId id;
    String rawList;
    String rawKey;
    private RedisState state;

    /**
     * Creates the session and the raw keys.
     *
     * @param opened the trial's servers and store
     */
    @Setup(Level.Trial)
    public void create(RedisState opened) {
        state = opened;
        id = History.create(opened.store, opened.history);
        rawList = "raw:{" + id.value() + "}:l";
        rawKey = "raw:{" + id.value() + "}:k";
        opened.raw.del(rawList);
        opened.raw.rpush(rawList, Collections.nCopies(20, Payload.TEXT).toArray(String[]::new));
        opened.raw.evalsha(opened.trivialSha, ScriptOutputType.INTEGER, rawKey);
    }

    /** Trims the session back to its nominal history before each iteration. */
    @Setup(Level.Iteration)
    public void trim() {
        History.trimTo(state.store, id, state.history);
    }
}
