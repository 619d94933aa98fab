package dev.multichat.bench;

import dev.multichat.api.Appended;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionListener;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.Subscription;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Like-with-like for the change feed's throughput target (issue 14): one store per trial (one
 * fork, one server, one directory) holding two identical sessions, one followed by
 * {@link #subscribers} subscribers and one followed by none. Iterations alternate between them
 * in the order with, without, without, with (so a steady drift over the trial, a file or a
 * table growing, the JIT still compiling, weighs on both sides alike), and every two measured
 * iterations make a pair whose ratio {@link FeedPairs} prints. The JMH score of the benchmark
 * that uses this state is a blend of both sessions; the pair ratios are the result.
 */
@State(Scope.Benchmark)
public class FeedPairSetup {
    /** The backend. */
    @Param({"memory", "sqlite", "json", "redis", "postgres"})
    public String backend;

    /** How many subscribers follow the followed session (the other one has none). */
    @Param({"1", "1000"})
    public int subscribers;

    /**
     * What follows the followed session: {@code feed}, the store's change feed with
     * {@link #subscribers} subscribers; or {@code floor}, no subscriber but a {@link FeedFloor}
     * with as many listeners, handed each append's result (the floor of a per-append delivery);
     * or {@code floorpool}, the same through a two-thread {@code ThreadPoolExecutor} over a
     * {@code LinkedBlockingQueue}, as the feed's delivery pool hands off.
     */
    @Param({"feed"})
    public String follow;

    /** The store's {@code feed-pace}: the longest a streamed append waits for its delivery round ({@code 0}: none). */
    @Param({"1ms"})
    public String pace;

    /** The session the current iteration appends to. */
    private SessionId target;
    private SessionStore store;
    /** Appends of the current iteration (the benchmark thread's own count). */
    private long count;
    private SessionId followed;
    private SessionId alone;
    private boolean withFollowers;
    private long started;
    private int warmups;
    private int measured;
    private FeedPairs pairs;
    private final LongAdder received = new LongAdder();
    private final FeedBackends backends = new FeedBackends();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private Path dir;
    private FeedFloor floor;

    /** Opens the store, creates both sessions and subscribes to the followed one. */
    @Setup(Level.Trial)
    public void open() {
        dir = DataDir.create("feed-pair-");
        store = SessionStores.open(StoreConfig.of(backends.uri(backend, dir)).withOption("feed-pace", pace));
        followed = store.create(NewSession.of("followed", "bench")).id();
        alone = store.create(NewSession.of("alone", "bench")).id();
        SessionListener counting = batch -> received.add(batch.size());
        if (follow.startsWith("floor")) {
            floor = new FeedFloor(subscribers, counting, "floorpool".equals(follow));
        } else {
            for (int i = 0; i < subscribers; i++) {
                subscriptions.add(store.followSession(followed, 0, counting));
            }
        }
        String what = floor == null ? " subscriber(s)"
                : "floorpool".equals(follow) ? " pooled floor listener(s)" : " floor listener(s)";
        pairs = new FeedPairs(backend + ", " + subscribers + what, System.out);
    }

    /**
     * Appends one message to this iteration's session; with {@code follow=floor}, an append to
     * the followed session is handed to the floor's thread.
     *
     * @return the acknowledgement
     */
    Appended append() {
        count++;
        Appended appended = store.append(target, Payload.ONE);
        if (floor != null && withFollowers) {
            floor.handOff(appended);
        }
        return appended;
    }

    /**
     * Picks the session of this iteration ({@link FeedPairs#withFollowers}), counted apart for
     * warm-up and measured iterations, so that measured pairs always start at a measured one.
     *
     * @param params JMH's description of the iteration
     */
    @Setup(Level.Iteration)
    public void pick(IterationParams params) {
        int index = params.getType() == IterationType.WARMUP ? warmups++ : measured++;
        withFollowers = FeedPairs.withFollowers(index);
        target = withFollowers ? followed : alone;
        count = 0;
        started = System.nanoTime();
    }

    /**
     * Hands this iteration's rate to the pairs (measured iterations only).
     *
     * @param params JMH's description of the iteration
     */
    @TearDown(Level.Iteration)
    public void record(IterationParams params) {
        long elapsed = System.nanoTime() - started;
        if (params.getType() == IterationType.MEASUREMENT) {
            pairs.add(withFollowers, count * 1e9 / elapsed);
        }
    }

    /** Prints the fork's median pair ratio, closes the subscriptions and the store, deletes the data. */
    @TearDown(Level.Trial)
    public void close() {
        pairs.reportMedian();
        subscriptions.forEach(Subscription::close);
        if (floor != null) {
            floor.close();
        }
        store.close();
        backends.close();
        DataDir.delete(dir);
    }
}
