package dev.multichat.app.live;

import dev.multichat.api.FeedEnd;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.Subscription;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The server's open live streams, on the store's change feed: opens them, counts them in the
 * gauge {@code multichat.live.streams} (tag {@code kind} = {@code session} or {@code owner}),
 * writes a keep-alive comment into each one idle for a while, and on {@link #shutdown} ends
 * every one with the {@code end} event. Thread-safe.
 */
public final class LiveStreams {

    private static final long STOP_WAIT_MILLIS = 5_000;

    private final Set<LiveStream> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger owners = new AtomicInteger();
    private final EventCache cache = new EventCache();
    private final ScheduledExecutorService ticker;
    private final long idleNanos;
    private boolean stopping;

    /**
     * Registers the gauges and starts the keep-alive ticker (one daemon thread).
     *
     * @param registry where the gauges go
     * @param keepAlive the longest an idle stream stays silent
     */
    public LiveStreams(MeterRegistry registry, Duration keepAlive) {
        for (String kind : new String[] {"session", "owner"}) {
            Gauge.builder("multichat.live.streams", "session".equals(kind) ? sessions : owners, AtomicInteger::get)
                    .description("open Server-Sent Events streams").tag("kind", kind).register(registry);
        }
        long tickMillis = Math.max(1, keepAlive.toMillis() / 3);
        idleNanos = keepAlive.toNanos() - TimeUnit.MILLISECONDS.toNanos(tickMillis);
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "multichat-live-keepalive");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens a stream of a session's messages after a seq.
     *
     * @param store the store
     * @param id the session
     * @param afterSeq the last seq the client has
     * @return the stream, subscribed, to start
     * @throws dev.multichat.api.SessionNotFoundException when the session does not exist
     * @throws StoreClosedException when the server is stopping or the store closed
     */
    public LiveStream session(SessionStore store, SessionId id, long afterSeq) {
        return open(sessions, output -> store.followSession(id, afterSeq, new SessionStream(output, cache)));
    }

    /**
     * Opens a stream of an owner's session changes.
     *
     * @param store the store
     * @param owner the owner
     * @return the stream, subscribed, to start
     * @throws StoreClosedException when the server is stopping or the store closed
     */
    public LiveStream owner(SessionStore store, String owner) {
        return open(owners, output -> store.followOwner(owner, new OwnerStream(output, store)));
    }

    /**
     * Ends every stream with {@code end} ({@link FeedEnd#STORE_CLOSED}: the server closes the
     * store next) and waits up to 5 s for them to go out; refuses new streams from now on.
     */
    public void shutdown() {
        List<LiveStream> streams;
        synchronized (this) {
            stopping = true;
            streams = List.copyOf(open);
        }
        streams.forEach(stream -> stream.end(FeedEnd.STORE_CLOSED));
        try {
            CompletableFuture<?>[] done = streams.stream().map(s -> s.output().done())
                    .toArray(CompletableFuture<?>[]::new);
            CompletableFuture.allOf(done).get(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // a client did not take its end event in time: dropped below
        }
        streams.forEach(stream -> stream.output().close());
        ticker.shutdownNow();
    }

    private LiveStream open(AtomicInteger kind, Function<SseOutput, Subscription> follow) {
        SseOutput output = new SseOutput();
        LiveStream stream = new LiveStream(output, () -> kind.decrementAndGet());
        synchronized (this) {
            if (stopping) {
                throw new StoreClosedException("behind this stopping server");
            }
            open.add(stream);
            kind.incrementAndGet();
        }
        output.done().thenRun(() -> open.remove(stream));
        try {
            stream.subscribed(follow.apply(output));
        } catch (RuntimeException e) {
            output.close();
            throw e;
        }
        return stream;
    }

    private void tick() {
        open.forEach(stream -> stream.output().keepAlive(SseEvents.KEEP_ALIVE, idleNanos));
    }
}
