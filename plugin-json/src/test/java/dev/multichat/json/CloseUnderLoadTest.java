package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreClosedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 item 1: a store closed while its threads append, trim and read, beside a second
 * store of this JVM on the same directory that keeps appending. Every call of the closed store
 * either completes or fails with {@link StoreClosedException}; none hangs; the second store
 * never fails; after reopening, every acknowledged message is there, intact.
 */
class CloseUnderLoadTest {
    private static final int ROUNDS = Integer.getInteger("close.rounds", 12);
    private static final int SESSIONS = 3;
    private static final SessionId TRIMMED = SessionId.of("trimmed");

    @TempDir
    Path dir;

    /** Acknowledged messages by id (by seq in the trimmed session); the highest seq any trim asked to remove. */
    private final Map<String, String> acked = new ConcurrentHashMap<>();
    private final Map<Long, String> ackedTrimmed = new ConcurrentHashMap<>();
    private final AtomicLong trimBound = new AtomicLong();

    @Test
    void closeUnderLoadLosesNothingAndHangsNothing() throws Exception {
        try (SessionStore other = TestStores.open(dir, "")) {
            for (int i = 0; i < SESSIONS; i++) {
                other.create(NewSession.of("s" + i, "alice"));
            }
            other.create(NewSession.of(TRIMMED.value(), "alice"));
            for (int round = 0; round < ROUNDS; round++) {
                round(other, round);
            }
        }
        try (SessionStore reopened = TestStores.open(dir, "")) {
            Map<String, String> stored = new ConcurrentHashMap<>();
            for (int i = 0; i < SESSIONS; i++) {
                for (ChatMessage m : reopened.read(SessionId.of("s" + i), MessageRange.all())) {
                    stored.put(m.draft().id(), m.draft().content());
                }
            }
            assertThat(stored).containsAllEntriesOf(acked);
            Map<Long, String> trimmed = new ConcurrentHashMap<>();
            reopened.read(TRIMMED, MessageRange.all()).forEach(m -> trimmed.put(m.seq(), m.draft().content()));
            ackedTrimmed.forEach((seq, content) -> {
                if (seq > trimBound.get()) {
                    assertThat(trimmed.get(seq)).as("acknowledged message %d of the trimmed session", seq)
                            .isEqualTo(content);
                }
            });
        }
    }

    private void round(SessionStore other, int round) throws Exception {
        SessionStore closing = TestStores.open(dir, "");
        CountDownLatch warm = new CountDownLatch(40);
        AtomicBoolean stopOther = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<?>> closingCalls = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            closingCalls.add(pool.submit(() -> work(closing, "r" + round + "t" + thread, thread, warm)));
        }
        Future<?> otherCalls = pool.submit(() -> {
            for (int n = 0; !stopOther.get(); n++) {
                appendAcked(other, n % 4 == 3 ? TRIMMED : SessionId.of("s" + n % SESSIONS), "o" + round + "-" + n);
            }
            return null;
        });
        assertThat(warm.await(60, TimeUnit.SECONDS)).as("the closing store's calls got going").isTrue();
        closing.close();
        for (Future<?> f : closingCalls) {
            f.get(30, TimeUnit.SECONDS); // a call blocked past this bound fails the test here
        }
        stopOther.set(true);
        otherCalls.get(30, TimeUnit.SECONDS); // the other store never failed
        pool.shutdown();
    }

    /** Appends, trims and reads until the store is closed; any failure but "closed" escapes. */
    private Void work(SessionStore store, String prefix, int thread, CountDownLatch warm) {
        try {
            for (int n = 0; ; n++) {
                if (thread == 0) {
                    trimOrAppend(store, prefix + "-" + n, n);
                } else {
                    SessionId id = SessionId.of("s" + (n + thread) % SESSIONS);
                    appendAcked(store, id, prefix + "-" + n);
                    store.read(id, MessageRange.tail(5));
                }
                warm.countDown();
            }
        } catch (StoreClosedException expected) {
            return null;
        }
    }

    /** The trimming thread: appends to the trimmed session and trims it, racing the other store. */
    private void trimOrAppend(SessionStore store, String suffix, int n) {
        long last = store.find(TRIMMED).orElseThrow().lastSeq();
        if (n % 3 == 2 && last > 4) {
            trimBound.accumulateAndGet(last - 4, Math::max);
            store.trim(TRIMMED, last - 4);
        } else {
            appendAcked(store, TRIMMED, "t" + suffix);
        }
    }

    private void appendAcked(SessionStore store, SessionId id, String messageId) {
        ChatMessage m = store.append(id, List.of(TestStores.draft("text of " + messageId).withId(messageId)))
                .messages().get(0);
        if (id.equals(TRIMMED)) {
            ackedTrimmed.put(m.seq(), m.draft().content());
        } else {
            acked.put(m.draft().id(), m.draft().content());
        }
    }
}
