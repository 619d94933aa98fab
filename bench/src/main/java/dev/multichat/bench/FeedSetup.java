package dev.multichat.bench;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
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

/**
 * One store per trial with one session followed by {@link #subscribers} subscribers (change
 * feed, issue 14). One of them, the probe, records the highest seq it received and when (in a
 * {@link FeedProbe}, off the cache lines the benchmark thread reads per append); the others
 * count what they get.
 */
@State(Scope.Benchmark)
public class FeedSetup {
    /** The backend. */
    @Param({"memory", "sqlite", "json", "redis", "postgres"})
    public String backend;

    /** How many subscribers follow the session. */
    @Param({"0", "1", "1000"})
    public int subscribers;

    /** The store's {@code feed-pace}: the longest a streamed append waits for its delivery round ({@code 0}: none). */
    @Param({"1ms"})
    public String pace;

    SessionStore store;
    SessionId id;
    final FeedProbe probe = new FeedProbe();
    final FeedLatency latency = new FeedLatency();
    private final LongAdder others = new LongAdder();
    private final FeedBackends backends = new FeedBackends();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private Path dir;

    /** Opens the store, creates the session and subscribes. */
    @Setup(Level.Trial)
    public void open() {
        dir = DataDir.create("feed-");
        store = SessionStores.open(StoreConfig.of(backends.uri(backend, dir)).withOption("feed-pace", pace));
        id = store.create(NewSession.of("followed", "bench")).id();
        for (int i = 0; i < subscribers; i++) {
            subscriptions.add(i == 0
                    ? store.followSession(id, 0, this::probe)
                    : store.followSession(id, 0, batch -> others.add(batch.size())));
        }
    }

    /** Prints the iteration's latency percentiles (ack to receipt), if it measured any. */
    @TearDown(Level.Iteration)
    public void report() {
        latency.reportAndReset(backend + ", " + subscribers + " subscriber(s)");
    }

    /** Closes the subscriptions and the store, stops the server if any, deletes the data. */
    @TearDown(Level.Trial)
    public void close() {
        subscriptions.forEach(Subscription::close);
        store.close();
        backends.close();
        DataDir.delete(dir);
    }

    private void probe(List<ChatMessage> batch) {
        probe.received(batch.get(batch.size() - 1).seq(), System.nanoTime());
    }
}
