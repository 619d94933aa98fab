package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.tck.support.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs one round of {@link CloseUnderLoadContract}: load, close, check, reopen, check. */
final class CloseUnderLoadCheck {
    /** How long any worker or close may take once close has begun: the core waits 5 s, plus margin. */
    static final long BOUND_SECONDS = 30;
    private static final int APPENDERS = 3;
    private static final int SESSIONS = 3;

    private CloseUnderLoadCheck() {
    }

    static void round(CloseUnderLoadContract fixture) {
        MutableClock clock = new MutableClock();
        SessionStore store = fixture.openStore(clock);
        List<SessionId> ids = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            ids.add(Samples.create(store, "close-" + i).id());
        }
        CloseLedger ledger = new CloseLedger(20);
        ExecutorService pool = Executors.newFixedThreadPool(APPENDERS + 3);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int w = 0; w < APPENDERS; w++) {
                workers.add(pool.submit(CloseLoad.appender(store, ids, w, ledger)));
            }
            workers.add(pool.submit(CloseLoad.trimmer(store, ids, ledger)));
            workers.add(pool.submit(CloseLoad.reader(store, ids, Samples.OWNER)));
            Future<Integer> closer = pool.submit(closer(store, ledger));
            finish(closer, "close()");
            for (Future<Integer> worker : workers) {
                finish(worker, "a worker");
            }
        } finally {
            pool.shutdownNow();
        }
        SessionStore reopened = fixture.reopen(store, clock);
        if (reopened != null) {
            try (reopened) {
                ids.forEach(id -> assertSurvived(reopened, id, ledger));
            }
        }
    }

    private static Callable<Integer> closer(SessionStore store, CloseLedger ledger) {
        return () -> {
            assertThat(ledger.warmedUp().await(BOUND_SECONDS, TimeUnit.SECONDS))
                    .as("appends were acknowledged before close").isTrue();
            store.close();
            return 1;
        };
    }

    private static void finish(Future<Integer> future, String what) {
        try {
            future.get(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            throw new AssertionError(what + " failed with something other than StoreClosedException: "
                    + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError(what + " blocked for more than " + BOUND_SECONDS + " s after close began", e);
        }
    }

    /** Every acknowledged message above any trim point is stored unchanged; seqs stay gapless; the session works. */
    private static void assertSurvived(SessionStore store, SessionId id, CloseLedger ledger) {
        List<ChatMessage> stored = Samples.all(store, id);
        List<ChatMessage> expected = ledger.mustSurvive(id);
        assertThat(stored).as("acknowledged messages of %s after reopening", id).containsAll(expected);
        List<Long> seqs = Samples.seqs(stored);
        if (!seqs.isEmpty()) {
            assertThat(seqs).as("stored seqs of %s stay gapless", id)
                    .isEqualTo(Samples.range(seqs.get(0), seqs.get(seqs.size() - 1)));
        }
        long lastSeq = store.find(id).orElseThrow().lastSeq();
        assertThat(Samples.seqs(store.append(id, Samples.drafts("after-reopen", 1)).messages()))
                .as("the reopened session takes appends").containsExactly(lastSeq + 1);
    }
}
