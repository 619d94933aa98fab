package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreConfig;
import dev.multichat.tck.support.KeepingProvider;
import dev.multichat.tck.support.Waiting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code close()} while eight threads append batches and two read, round after round: every
 * call either completes or fails with {@link StoreClosedException}, none blocks past a bound,
 * close itself returns within the bound, no file of the database is left open, and after
 * reopening each session holds exactly the acknowledged messages. Before the writer woke the
 * queued callers on close, a caller that lost the race for the writer lock to {@code close()}
 * parked with nobody left to wake it; before the store closed the read connections the pool left
 * open, a read running at the close kept its connection (in round 0 of one run, in 1 round of 20
 * of another).
 *
 * <p>The core's guard waits (up to a bound) for calls in flight before it releases the backend;
 * this test closes the backend itself under the calls, as happens when a call outlasts that bound.
 */
class CloseUnderLoadTest {
    private static final int THREADS = 8;
    private static final int READERS = 2;
    private static final int ROUNDS = 40;
    /** Acknowledged appends before the close, so that it lands among queued writes. */
    private static final int APPENDS_BEFORE_CLOSE = 24;
    /**
     * How long any call, close included, may stay blocked: the suite's wait
     * ({@link Waiting#WAIT_MS}). A hang (the lost wake-up this test was written for) blocks
     * forever; a close waits for the commit in progress, which at {@code synchronous=full} is an
     * fsync, and one CI run saw a close pass 10 s in round 0 (0-44 ms here, 217 ms beside a
     * writer of fsynced files): the failure then names where the closing thread was.
     */
    private static final long BOUND_SECONDS = Waiting.WAIT_MS / 1000;

    @TempDir
    Path dir;

    @Test
    void everyAppendRacingCloseCompletesOrFailsClosedWithinTheBound() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + READERS + 1);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                runRound(pool, dir.resolve("round-" + round + ".db"), round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runRound(ExecutorService pool, Path file, int round) throws Exception {
        KeepingProvider.Opened opened = KeepingProvider.open(new SqliteStoreProvider(),
                StoreConfig.of("sqlite:" + file + "?sweep=0"));
        SessionStore store = opened.store();
        for (int t = 0; t < THREADS; t++) {
            store.create(NewSession.of("s" + t, "owner"));
        }
        CountDownLatch appended = new CountDownLatch(APPENDS_BEFORE_CLOSE);
        List<Future<List<ChatMessage>>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            SessionId id = SessionId.of("s" + t);
            workers.add(pool.submit(() -> appendUntilClosed(store, id, appended)));
        }
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            SessionId id = SessionId.of("s" + r);
            readers.add(pool.submit(() -> readUntilClosed(store, id)));
        }
        assertThat(appended.await(BOUND_SECONDS, TimeUnit.SECONDS)).as("appends before the close").isTrue();
        AtomicReference<Thread> closer = new AtomicReference<>();
        Future<?> closing = pool.submit(() -> {
            closer.set(Thread.currentThread());
            opened.parts().lifecycle().close();
        });
        try {
            await(closing, "close() in round " + round);
        } catch (AssertionError blocked) {
            throw new AssertionError(blocked.getMessage() + "; it was at:" + stack(closer.get()), blocked);
        }
        List<List<ChatMessage>> acked = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            acked.add(await(workers.get(t), "the appends of thread " + t + " in round " + round));
        }
        for (int r = 0; r < READERS; r++) {
            await(readers.get(r), "the reads of reader " + r + " in round " + round);
        }
        store.close();
        assertThat(OpenFiles.of(file)).as("round %d: files still open after close (a read's connection left open)",
                round).isEmpty();
        try (SessionStore reopened = Stores.open(file, "sweep=0")) {
            for (int t = 0; t < THREADS; t++) {
                assertThat(reopened.read(SessionId.of("s" + t), MessageRange.all()))
                        .as("round %d, session s%d after reopening: exactly what was acknowledged", round, t)
                        .isEqualTo(acked.get(t));
            }
        }
    }

    /** @return the messages acknowledged before the store refused with StoreClosedException */
    private static List<ChatMessage> appendUntilClosed(SessionStore store, SessionId id, CountDownLatch appended) {
        List<ChatMessage> acked = new ArrayList<>();
        for (int batch = 0; ; batch++) {
            List<MessageDraft> drafts = List.of(Stores.draft("a" + batch).withId("a" + batch),
                    Stores.draft("b" + batch).withId("b" + batch), Stores.draft("c" + batch));
            try {
                acked.addAll(store.append(id, drafts).messages());
            } catch (StoreClosedException closed) {
                return acked;
            }
            appended.countDown();
        }
    }

    /** @return how many reads completed before the store refused with StoreClosedException */
    private static int readUntilClosed(SessionStore store, SessionId id) {
        for (int reads = 0; ; reads++) {
            try {
                store.tail(id, 20);
            } catch (StoreClosedException closed) {
                return reads;
            }
        }
    }

    /** @return the thread's state and innermost frames, for the failure's message (CI shows only that) */
    private static String stack(Thread thread) {
        if (thread == null) {
            return " (the close task had not started)";
        }
        StringBuilder text = new StringBuilder(" [" + thread.getState() + "]");
        StackTraceElement[] frames = thread.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 24); i++) {
            text.append("\n    at ").append(frames[i]);
        }
        return text.toString();
    }

    private static <T> T await(Future<T> future, String what) throws Exception {
        try {
            return future.get(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            Waiting.printThreads(what + " was still blocked");
            throw new AssertionError(what + " was still blocked " + BOUND_SECONDS + "s after close()", e);
        }
    }
}
