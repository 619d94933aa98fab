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
 * The floor of the hybrid append through the public store API, on the Redis plugin alone (the
 * same server and trial as {@link HybridOneThreadBench}): what moving a cached copy forward
 * needs at least, the copy's find, an append expecting its version and a metadata update (the
 * stamp) expecting the next; the hybrid append is the durable append plus this, plus the trim
 * once per window. Also the floor of a cached tail ({@link #view20Copy}). One thread.
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
