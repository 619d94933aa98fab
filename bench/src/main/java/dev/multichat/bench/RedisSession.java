package dev.multichat.bench;

import dev.multichat.api.SessionId;
import io.lettuce.core.ScriptOutputType;
import java.util.Collections;
import java.util.concurrent.ThreadLocalRandom;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A benchmark thread's own session in {@link RedisState}'s store (created with the trial's
 * history and trimmed back to it before every iteration), and the thread's own raw keys: a
 * list of 20 ~200-byte entries for LRANGE, a key the trivial script is run on (so a cluster
 * routes it like a session's script), the append floor's three keys (emptied before every
 * iteration), and the arguments of the store's append script run raw on the session's keys.
 */
@State(Scope.Thread)
public class RedisSession {
    SessionId id;
    String rawList;
    String rawKey;
    String[] floorKeys;
    String[] floorArgs;
    String[] storeKeys;
    String[] appendArgs;
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
        String tag = "{" + id.value() + "}:";
        floorKeys = new String[] {"raw:" + tag + "s", "raw:" + tag + "l", "raw:" + tag + "o"};
        floorArgs = new String[] {"0", Payload.TEXT, id.value(), RedisRawScripts.FLOOR_CHANNEL};
        storeKeys = new String[] {RedisState.PREFIX + ":" + tag + "s", RedisState.PREFIX + ":" + tag + "m",
            RedisState.PREFIX + ":" + tag + "i"};
        appendArgs = new String[] {"0", "0", "1", "", RedisRawScripts.storedDraft(System.currentTimeMillis()),
            opened.appendTail[0], id.value(), opened.appendTail[1], "", "1"};
    }

    /**
     * The arguments of one raw run of the store's append script: the time and a fresh token
     * (the store makes one per call of a batch without message ids); the last argument says the
     * channel has one subscriber of the store's own, as the trial's store has.
     *
     * @return the arguments, in this thread's reused array
     */
    String[] appendArgs() {
        appendArgs[0] = Long.toString(System.currentTimeMillis());
        appendArgs[8] = Long.toHexString(ThreadLocalRandom.current().nextLong());
        return appendArgs;
    }

    /** @return the floor's arguments, with the current time */
    String[] floorArgs() {
        floorArgs[0] = Long.toString(System.currentTimeMillis());
        return floorArgs;
    }

    /** Trims the session back to its nominal history and empties the floor's keys before each iteration. */
    @Setup(Level.Iteration)
    public void trim() {
        History.trimTo(state.store, id, state.history);
        state.raw.del(floorKeys);
    }
}
