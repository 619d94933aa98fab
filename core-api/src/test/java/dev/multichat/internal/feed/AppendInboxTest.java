package dev.multichat.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.Appended;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The inbox of a session watch: results come out in seq order, each once; only the push that
 * finds it empty asks for a pass (so a burst of appends requests one pass, not one per append,
 * counted); past its capacity a push is refused rather than held.
 */
class AppendInboxTest {
    private static final int THREADS = 4;
    private static final int PER_THREAD = 2_000;
    private final AppendInbox inbox = new AppendInbox();

    @Test
    @DisplayName("the first push after a take asks for a pass, the next ones ride on it; a take returns seq order")
    void firstPushRequests() {
        List<Appended> results = appends(3);
        assertThat(inbox.push(results.get(2))).isEqualTo(AppendInbox.Pushed.FIRST);
        assertThat(inbox.push(results.get(0))).isEqualTo(AppendInbox.Pushed.QUEUED);
        assertThat(inbox.push(results.get(1))).isEqualTo(AppendInbox.Pushed.QUEUED);
        assertThat(inbox.takeAll()).containsExactlyElementsOf(results);
        assertThat(inbox.takeAll()).isEmpty();
        assertThat(inbox.push(results.get(0))).as("after a take").isEqualTo(AppendInbox.Pushed.FIRST);
    }

    @Test
    @DisplayName("the push that fills half the inbox says so, once; a full inbox refuses a push, keeping what it holds")
    void fullInboxRefuses() {
        List<Appended> results = appends(AppendInbox.CAPACITY + 1);
        for (int i = 0; i < AppendInbox.CAPACITY; i++) {
            AppendInbox.Pushed pushed = inbox.push(results.get(i));
            assertThat(pushed).as("push %d", i + 1).isNotEqualTo(AppendInbox.Pushed.FULL);
            assertThat(pushed == AppendInbox.Pushed.HALF).as("push %d says half", i + 1)
                    .isEqualTo(i + 1 == AppendInbox.CAPACITY / 2);
            assertThat(inbox.filling()).as("filling after push %d", i + 1).isEqualTo(i + 1 >= AppendInbox.CAPACITY / 2);
        }
        assertThat(inbox.push(results.get(AppendInbox.CAPACITY))).isEqualTo(AppendInbox.Pushed.FULL);
        assertThat(inbox.takeAll()).containsExactlyElementsOf(results.subList(0, AppendInbox.CAPACITY));
    }

    @Test
    @DisplayName("4 threads push 8,000 results while another takes: each taken once, one request per non-empty take")
    void concurrentPushesAndTakes() throws Exception {
        List<Appended> results = appends(THREADS * PER_THREAD);
        LongAdder firsts = new LongAdder();
        LongAdder refused = new LongAdder();
        AtomicBoolean pushing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS + 1);
        try {
            Future<List<List<Appended>>> taker = threads.submit(() -> takeWhile(pushing));
            List<Future<?>> pushers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Appended> mine = results.subList(t * PER_THREAD, (t + 1) * PER_THREAD);
                pushers.add(threads.submit(() -> mine.forEach(a -> count(inbox.push(a), firsts, refused))));
            }
            for (Future<?> f : pushers) {
                f.get(30, TimeUnit.SECONDS);
            }
            pushing.set(false);
            List<List<Appended>> takes = taker.get(30, TimeUnit.SECONDS);
            Set<Long> seqs = new HashSet<>();
            takes.forEach(take -> take.forEach(a -> assertThat(seqs.add(a.messages().get(0).seq())).isTrue()));
            assertThat(seqs.size() + refused.sum()).as("taken once each, or refused").isEqualTo(results.size());
            assertThat(firsts.sum()).as("pushes that asked for a pass").isEqualTo(takes.size());
        } finally {
            threads.shutdownNow();
        }
    }

    private List<List<Appended>> takeWhile(AtomicBoolean pushing) {
        List<List<Appended>> takes = new ArrayList<>();
        boolean last = false;
        while (!last) {
            last = !pushing.get(); // one more take after the pushers finished
            List<Appended> take = inbox.takeAll();
            if (!take.isEmpty()) {
                takes.add(take);
            }
        }
        return takes;
    }

    private static void count(AppendInbox.Pushed pushed, LongAdder firsts, LongAdder refused) {
        if (pushed == AppendInbox.Pushed.FIRST) {
            firsts.increment();
        } else if (pushed == AppendInbox.Pushed.FULL) {
            refused.increment();
        }
    }

    /** @return the results of {@code count} appends of one message each to a session of a memory store, seqs 1.. */
    static List<Appended> appends(int count) {
        List<Appended> results = new ArrayList<>();
        try (SessionStore store = SessionStores.open("memory:")) {
            SessionId id = store.create(NewSession.of("inbox", "alice")).id();
            for (int i = 0; i < count; i++) {
                results.add(store.append(id, List.of(MessageDraft.of(Role.USER, "alice", "m" + i))));
            }
        }
        return results;
    }
}
