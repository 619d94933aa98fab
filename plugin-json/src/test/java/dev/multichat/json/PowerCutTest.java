package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 19 item 4: power cuts simulated at the {@link dev.multichat.json.internal.fs.FileOps}
 * seam, over many random rounds. Three threads append (and one also trims and updates) until the
 * power goes off after a random number of file operations; the unforced writes are then dropped or
 * torn into parts persisted in any order, holes zero-filled ({@link PowerCutFileOps}); the store
 * is reopened on the real files. At {@code always} and {@code batch} every acknowledged message
 * must be there, intact; at {@code never} acknowledged appends may be lost, but no session may
 * become unreadable. In every mode, whatever is read back is exactly what was sent, with gapless
 * seqs.
 */
class PowerCutTest {
    private static final int ROUNDS = Integer.getInteger("powercut.rounds", 60);
    private static final String[] SESSIONS = {"a", "b", "t"};

    @TempDir
    Path root;

    /** Every message sent, by id (acknowledged or not); the acknowledged ones' seqs (negated in session t). */
    private final Map<String, String> sent = new ConcurrentHashMap<>();
    private final Map<String, Long> acked = new ConcurrentHashMap<>();
    private volatile long trimBound;

    @ParameterizedTest(name = "fsync={0}")
    @ValueSource(strings = {"always", "batch", "never"})
    void powerCutsLoseOnlyWhatWasNotDurable(String fsync) throws Exception {
        long seed = Long.getLong("powercut.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int round = 0; round < ROUNDS; round++) {
            sent.clear();
            acked.clear();
            trimBound = 0;
            Path dir = Files.createDirectory(root.resolve(fsync + "-" + round));
            PowerCutFileOps ops = new PowerCutFileOps(3 + random.nextInt(150));
            run(TestStores.direct(dir, ops, "fsync=" + fsync), "r" + round);
            ops.cut(random, new double[] {0, 0.3, 0.7, 1}[random.nextInt(4)]);
            check(dir, !"never".equals(fsync), "seed " + seed + ", round " + round);
        }
    }

    /** Creates the sessions and appends from three threads until the power goes off. */
    private void run(SessionStore store, String prefix) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (store) {
            for (String s : SESSIONS) {
                store.create(NewSession.of(s, "alice"));
            }
            Future<?>[] workers = new Future<?>[3];
            for (int t = 0; t < 3; t++) {
                int thread = t;
                workers[t] = pool.submit(() -> work(store, prefix + "w" + thread, thread));
            }
            for (Future<?> w : workers) {
                w.get(60, TimeUnit.SECONDS);
            }
        } catch (StoreUnavailableException powerOff) {
            // the cut came during the creates
        } finally {
            pool.shutdown();
        }
    }

    private Void work(SessionStore store, String prefix, int thread) {
        try {
            for (int n = 0; ; n++) {
                SessionId id = SessionId.of(SESSIONS[(n + thread) % SESSIONS.length]);
                if (thread == 0 && n % 7 == 6) {
                    trimAndUpdate(store, n);
                    continue;
                }
                List<ChatMessage> stored = store.append(id, TestStores.drafts(prefix + "-" + n, 1 + n % 3)
                        .stream().peek(d -> sent.put(d.id(), d.content())).toList()).messages();
                stored.forEach(m -> acked.put(m.draft().id(), id.value().equals("t") ? -m.seq() : m.seq()));
            }
        } catch (StoreUnavailableException powerOff) {
            return null;
        }
    }

    /** Trims session t (recording the bound first: a trim cut short may have happened) and updates a. */
    private void trimAndUpdate(SessionStore store, int n) {
        SessionId t = SessionId.of("t");
        long last = store.find(t).orElseThrow().lastSeq();
        if (last > 2) {
            trimBound = Math.max(trimBound, last - 2);
            store.trim(t, last - 2);
        }
        store.update(SessionId.of("a"), SessionPatch.title("round " + n), Expect.any());
    }

    private void check(Path dir, boolean durable, String round) {
        try (SessionStore store = TestStores.open(dir, "")) {
            Map<String, Long> found = new ConcurrentHashMap<>();
            for (String s : SESSIONS) {
                Optional<?> session = store.find(SessionId.of(s));
                if (session.isEmpty()) {
                    continue;
                }
                List<ChatMessage> messages = store.read(SessionId.of(s), MessageRange.all());
                for (int i = 0; i < messages.size(); i++) {
                    ChatMessage m = messages.get(i);
                    assertThat(m.draft().content()).as("%s: message %s is what was sent", round, m.draft().id())
                            .isEqualTo(sent.get(m.draft().id()));
                    assertThat(m.seq()).as("%s: seqs of %s are gapless", round, s).isEqualTo(messages.get(0).seq() + i);
                    found.put(m.draft().id(), m.seq());
                }
            }
            if (durable) {
                acked.forEach((id, signedSeq) -> {
                    long seq = Math.abs(signedSeq); // negative: a message of the trimmed session t
                    if (signedSeq > 0 || seq > trimBound) {
                        assertThat(found.get(id)).as("%s: acknowledged message %s", round, id).isEqualTo(seq);
                    }
                });
            }
        }
    }
}
