package dev.multichat.bench;

import dev.multichat.api.Appended;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The floor of the memory store's change feed (issue 14): a memory store without a feed
 * subscriber, whose appends' results {@link FeedHandOffBench} hands to a consumer thread in the
 * barest way, to tell what handing each append to another thread costs by itself. The consumer
 * only drains a lock-free queue and counts; in mode {@code spin} it never sleeps (the hand-off
 * wakes nothing), in mode {@code unpark} it parks whenever the queue is empty and every append
 * unparks it (one wake-up per append), in mode {@code none} there is no consumer (the baseline).
 */
@State(Scope.Benchmark)
public class FeedHandOff {
    /** How the results reach the consumer: none, spin or unpark. */
    @Param({"none", "spin", "unpark"})
    public String handoff;

    SessionStore store;
    SessionId id;
    private final Queue<Appended> queue = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;
    private volatile long consumed;
    private Thread consumer;

    /** Opens the store and starts the consumer (if any). */
    @Setup(Level.Trial)
    public void open() {
        store = SessionStores.open("memory:");
        id = store.create(NewSession.of("handed-off", "bench")).id();
        if (!"none".equals(handoff)) {
            consumer = new Thread(this::consume, "feed-handoff-consumer");
            consumer.setDaemon(true);
            consumer.start();
        }
    }

    /**
     * Appends one message and hands the result on as the mode says.
     *
     * @return the acknowledgement
     */
    Appended appendAndHandOff() {
        Appended appended = store.append(id, Payload.ONE);
        if (consumer != null) {
            queue.add(appended);
            if ("unpark".equals(handoff)) {
                LockSupport.unpark(consumer);
            }
        }
        return appended;
    }

    /** Stops the consumer (it drains what is left) and closes the store. */
    @TearDown(Level.Trial)
    public void close() throws InterruptedException {
        running = false;
        if (consumer != null) {
            LockSupport.unpark(consumer);
            consumer.join(TimeUnit.SECONDS.toMillis(10));
            if (consumed() == 0) {
                throw new IllegalStateException("the " + handoff + " consumer took nothing");
            }
        }
        store.close();
    }

    /** @return the sum of the seqs the consumer took (published when it stopped), 0 without one */
    long consumed() {
        return consumed;
    }

    private void consume() {
        boolean park = "unpark".equals(handoff);
        long sum = 0; // kept on the consumer's stack: no per-message write to a line the writer reads
        while (running || !queue.isEmpty()) {
            Appended a = queue.poll();
            if (a != null) {
                sum += a.messages().get(0).seq();
            } else if (park) {
                LockSupport.park(this);
            } else {
                Thread.onSpinWait();
            }
        }
        consumed = sum;
    }
}
