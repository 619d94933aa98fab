package dev.multichat.bench;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.hybrid.HybridStoreProvider;
import dev.multichat.redis.testing.RedisProcess;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Five stores for one trial, all started by the benchmark: the hybrid store (Redis in front of
 * SQLite, or of JSON files), the same Redis plugin alone on the same redis-server, the Redis
 * plugin on the hybrid's own prefix (to read the hybrid's cached copies directly), the same
 * durable plugin alone in its own location, and a second hybrid store whose fast tier's
 * redis-server is killed right after it opened, so its circuit is open for the whole trial
 * ({@code open-for=1m}; a half-open probe is cut after 10 ms).
 */
@State(Scope.Benchmark)
public class HybridState {
    /** The durable tier: {@code sqlite} or {@code json}. */
    @Param({"sqlite"})
    public String durable;

    /** Messages in each session at the start of every iteration. */
    @Param({"1000"})
    public int history;

    SessionStore hybrid;
    SessionStore redisAlone;
    SessionStore copyAlone;
    SessionStore durableAlone;
    SessionStore circuitOpen;
    private RedisProcess fast;
    private RedisProcess gone;
    private Path dir;

    /** Starts the servers and opens the stores; trips the last one's circuit. */
    @Setup(Level.Trial)
    public void start() {
        dir = DataDir.create("hybrid-");
        fast = RedisProcess.start(false, "--save", "");
        gone = RedisProcess.start(false, "--save", "");
        hybrid = HybridStoreProvider.builder().tiers(fast.uri() + "?prefix=hot&timeout=5s", durableUri("tiered"))
                .open();
        redisAlone = SessionStores.open(fast.uri() + "?prefix=alone&timeout=5s");
        copyAlone = SessionStores.open(fast.uri() + "?prefix=hot&timeout=5s");
        durableAlone = SessionStores.open(durableUri("alone"));
        circuitOpen = HybridStoreProvider.builder().tiers(gone.uri() + "?timeout=200ms", durableUri("open"))
                .option("open-for", "1m").option("probe-timeout", "10ms").option("min-calls", "1").open();
        gone.kill();
        CircuitTrip.trip(circuitOpen);
    }

    /** Closes the stores, stops the servers, deletes the files. */
    @TearDown(Level.Trial)
    public void stop() {
        hybrid.close();
        redisAlone.close();
        copyAlone.close();
        durableAlone.close();
        circuitOpen.close();
        fast.close();
        gone.close();
        DataDir.delete(dir);
    }

    private String durableUri(String name) {
        Path where = dir.resolve(name);
        return "json".equals(durable) ? "json:" + where : "sqlite:" + where + ".db";
    }
}
