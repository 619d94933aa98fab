package dev.multichat.bench;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionView;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/**
 * The floors of the hybrid append through the public store API, on the Redis plugin alone (the
 * same server and trial as {@link HybridOneThreadBench}): moving a cached copy forward from a
 * state this instance knows ({@link #stampCopyRedis}: one {@code appendStamped} expecting the
 * copy's version, what an append costs on top of the durable append when this instance's last
 * write left the copy), and from a state it must read first ({@link #moveCopyRedis}: the
 * copy's find, then the append expecting its version and the stamp expecting the next, in two
 * calls as before the Redis plugin offered {@code appendStamped}); the trim once per window
 * comes on top. Also the floor of a cached tail ({@link #view20Copy}). One thread.
 */
@Threads(1)
public class HybridFloorBench extends QuickProfile {
    private static final SessionPatch STAMP = SessionPatch.metadata(Map.of("bench.stamp", "1"));

    /**
     * @param stores the trial's stores
     * @param s this thread's sessions
     * @return the stamped session
     */
    @Benchmark
    public ChatSession moveCopyRedis(HybridState stores, HybridSession s) {
        ChatSession copy = stores.redisAlone.find(s.redis).orElseThrow();
        Appended appended = stores.redisAlone.append(s.redis, Payload.ONE, Expect.version(copy.version()));
        return stores.redisAlone.update(s.redis, STAMP, Expect.version(appended.session().version()));
    }

    /**
     * @param stores the trial's stores
     * @param s this thread's sessions
     * @return the stamped session
     */
    @Benchmark
    public Appended stampCopyRedis(HybridState stores, HybridSession s) {
        Appended stamped = stores.redisAlone.appendStamped(s.redis, Payload.ONE, STAMP.metadata(),
                Expect.version(s.redisVersion));
        s.redisVersion = stamped.session().version();
        return stamped;
    }

    /**
     * The floor of a cached tail: the one fast-tier call it makes, the Redis plugin's view of the
     * hybrid session's own cached copy (its stamp and messages as the copy stores them), without
     * the hybrid's checks and decoding. {@code tail20Hybrid} over this is the hybrid's own work;
     * this over {@code view20Redis} is what the copy's stored form costs the Redis plugin.
     *
     * @param stores the trial's stores
     * @param s this thread's sessions
     * @return the copy and its newest 20 messages, read by the Redis plugin alone
     */
    @Benchmark
    public Optional<SessionView> view20Copy(HybridState stores, HybridSession s) {
        return stores.copyAlone.view(s.hybrid, MessageRange.tail(20));
    }
}
