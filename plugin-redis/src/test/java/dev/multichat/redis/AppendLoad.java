package dev.multichat.redis;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * A load of appends from one thread per session, kept as an independent record of what the
 * store acknowledged. Each thread appends one message per call with the id
 * {@code <session>-<n>}; a call that fails with {@link StoreUnavailableException} is retried with
 * the same id (its outcome is unknown), so the session must end up holding every acknowledged
 * id exactly once. Records how long every failed call took.
 */
final class AppendLoad {
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private final SessionStore store;
    private final Map<SessionId, List<String>> acked = new ConcurrentHashMap<>();
    private final List<Long> failureMillis = new CopyOnWriteArrayList<>();
    private final AtomicLong ackCount = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    AppendLoad(SessionStore store, List<SessionId> sessions) {
        this.store = store;
        for (SessionId id : sessions) {
            acked.put(id, new CopyOnWriteArrayList<>());
            threads.add(new Thread(() -> work(id), "append-load-" + id.value()));
        }
        threads.forEach(Thread::start);
    }

    /** Waits (polling, with a deadline) until the given count holds. */
    static void awaitAtLeast(LongSupplier count, long target, String what) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (count.getAsLong() < target) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + ": " + count.getAsLong() + " of " + target);
            }
            LockSupport.parkNanos(5_000_000);
        }
    }

    long acknowledged() {
        return ackCount.get();
    }

    int acknowledged(SessionId id) {
        return acked.get(id).size();
    }

    long failures() {
        return failureMillis.size();
    }

    long slowestFailureMillis() {
        return failureMillis.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /**
     * Stops the threads once each has its current message acknowledged (so nothing of unknown
     * outcome is left) and returns the record.
     */
    Map<SessionId, List<String>> stop() throws InterruptedException {
        stopping = true;
        for (Thread thread : threads) {
            thread.join(DEADLINE.toMillis());
            if (thread.isAlive()) {
                throw new AssertionError(thread.getName() + " did not finish within " + DEADLINE);
            }
        }
        return acked;
    }

    private void work(SessionId id) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        int n = 0;
        boolean unknown = false;
        while ((!stopping || unknown) && System.nanoTime() < deadline) {
            String messageId = id.value() + "-" + n;
            long start = System.nanoTime();
            try {
                store.append(id, List.of(MessageDraft.of(Role.USER, "load", "message " + n).withId(messageId)));
                acked.get(id).add(messageId);
                ackCount.incrementAndGet();
                n++;
                unknown = false;
            } catch (StoreUnavailableException e) {
                failureMillis.add((System.nanoTime() - start) / 1_000_000);
                unknown = true;
                LockSupport.parkNanos(20_000_000);
            }
        }
    }
}
