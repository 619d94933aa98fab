package dev.multichat.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Two hybrid stores over the same tiers (two app instances): one appends from threads while the
 * other reads the same sessions from threads. No read on the second instance returns fewer
 * messages than the first had acknowledged before the read started, and no reader sees the
 * newest seq go backwards.
 */
class TwoInstancesTest {
    private static final int SESSIONS = 3;
    private static final int APPENDS = 150;

    @Test
    void readsOnAnotherInstanceNeverGoBackwards() throws InterruptedException {
        String uri = HybridFixtures.sqlite().freshUri() + "&window=8";
        try (SessionStore writer = SessionStores.open(uri); SessionStore reader = SessionStores.open(uri)) {
            List<SessionId> ids = IntStream.range(0, SESSIONS)
                    .mapToObj(i -> writer.create(NewSession.of("two" + i, "owner")).id()).toList();
            OutageLoad load = new OutageLoad(writer, ids);
            Queue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> readers = IntStream.range(0, SESSIONS).mapToObj(i -> new Thread(() -> {
                long newest = 0;
                while (!stop.get()) {
                    long before = load.acknowledged(i);
                    List<ChatMessage> tail = reader.tail(ids.get(i), 2);
                    long seen = tail.isEmpty() ? 0 : tail.get(tail.size() - 1).seq();
                    if (seen < before || seen < newest) {
                        failures.add(ids.get(i) + ": read seq " + seen + " after acknowledged " + before
                                + " and seen " + newest);
                    }
                    newest = Math.max(newest, seen);
                }
            }, "reader-" + i)).toList();
            readers.forEach(Thread::start);
            List<Thread> writers = load.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (IntStream.range(0, SESSIONS).anyMatch(i -> load.acknowledged(i) < APPENDS)
                    && load.failures().isEmpty() && failures.isEmpty()) {
                assertThat(System.nanoTime()).as("deadline").isLessThan(deadline);
                LockSupport.parkNanos(5_000_000);
            }
            load.stop(writers);
            stop.set(true);
            for (Thread thread : readers) {
                thread.join();
            }
            assertThat(load.failures()).isEmpty();
            assertThat(failures).isEmpty();
            for (int i = 0; i < SESSIONS; i++) {
                assertThat(reader.tail(ids.get(i), 1).get(0).seq()).isEqualTo(load.acknowledged(i));
            }
        }
    }
}
