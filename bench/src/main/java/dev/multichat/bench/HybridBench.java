package dev.multichat.bench;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionView;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The hybrid store (issue 15) against its own tiers in the same run: tail(20) of an active
 * session beside the Redis plugin's tail(20) on the same server; append of one message beside
 * the durable tier's append alone and one fast-tier round trip (the Redis plugin's find); and
 * with the circuit open, append and tail beside the durable tier alone. Subclasses set the
 * thread count.
 */
public abstract class HybridBench extends QuickProfile {
    /**
     * @param stores the trial's stores
     * @param s this thread's sessions
     * @return the newest 20 messages, from the cached copy
     */
    @Benchmark
    public List<ChatMessage> tail20Hybrid(HybridState stores, HybridSession s) {
        return stores.hybrid.tail(s.hybrid, 20);
    }

    /**
     * @param stores the trial's stores
     * @param s this thread's sessions
     * @return the newest 20 messages, from the Redis plugin alone
     */
    @Benchmark
    public List<ChatMessage> tail20Redis(HybridState stores, HybridSession s) {
        return stores.redisAlone.tail(s.redis, 20);
    }

    /**
     * The floor of a cached tail that also reads one more record (the epoch, as before the hybrid
     * watched its fast tier's connection changes; still so on a fast tier that does not count
     * them): the Redis plugin's view (a session and its tail in one script) and a find, back to back.
     *
     * @param stores the trial's stores
     * @param s this thread's sessions
     * @return the newest 20 messages, from the Redis plugin alone, after a find
     */
    @Benchmark
    public Optional<SessionView> view20ThenFindRedis(HybridState stores, HybridSession s) {
        stores.redisAlone.find(s.redis);
        return stores.redisAlone.view(s.redis, MessageRange.tail(20));
    }

    /**
     * @param stores the trial's stores
     * @param s this thread's sessions
     * @return the session and its newest 20 messages, from the Redis plugin alone in one script
     */
    @Benchmark
    public Optional<SessionView> view20Redis(HybridState stores, HybridSession s) {
        return stores.redisAlone.view(s.redis, MessageRange.tail(20));
    }

    /**
     * @param stores the trial's stores
     * @param s this thread's sessions
     * @return the newest 20 messages, from the durable plugin alone
     */
    @Benchmark
    public List<ChatMessage> tail20Durable(HybridState stores, HybridSession s) {
        return stores.durableAlone.tail(s.durable, 20);
    }

    /**
     * @param stores the trial's stores
     * @param s this thread's sessions
     * @return the newest 20 messages, from the hybrid store whose circuit is open
     */
    @Benchmark
    public List<ChatMessage> tail20CircuitOpen(HybridState stores, HybridSession s) {
        return stores.circuitOpen.tail(s.open, 20);
    }

    /**
     * @param stores the trial's stores
     * @param s this thread's sessions
     * @return the acknowledgement (durable first, then the cached copy moved forward)
     */
    @Benchmark
    public Appended append1Hybrid(HybridState stores, HybridSession s) {
        return stores.hybrid.append(s.hybrid, Payload.ONE);
    }

    /**
     * @param stores the trial's stores
     * @param s this thread's sessions
     * @return the acknowledgement of the durable plugin alone
     */
    @Benchmark
    public Appended append1Durable(HybridState stores, HybridSession s) {
        return stores.durableAlone.append(s.durable, Payload.ONE);
    }

    /**
     * @param stores the trial's stores
     * @param s this thread's sessions
     * @return the acknowledgement of the hybrid store whose circuit is open
     */
    @Benchmark
    public Appended append1CircuitOpen(HybridState stores, HybridSession s) {
        return stores.circuitOpen.append(s.open, Payload.ONE);
    }

    /**
     * @param stores the trial's stores
     * @param s this thread's sessions
     * @return the session: one round trip of the Redis plugin (one script)
     */
    @Benchmark
    public Optional<ChatSession> fastRoundTrip(HybridState stores, HybridSession s) {
        return stores.redisAlone.find(s.redis);
    }
}
