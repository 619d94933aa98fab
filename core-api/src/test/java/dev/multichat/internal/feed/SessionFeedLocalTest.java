package dev.multichat.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreOperation;
import dev.multichat.api.Subscription;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A session feed and the store's own appends (issue 14): their results go to the followers as
 * they are, without a store read or look-up (counted with the store's own metrics), and
 * appends from several threads, whose results reach the feed in any order, still reach every
 * follower once each, in seq order, without gaps.
 */
class SessionFeedLocalTest {
    private static final int FOLLOWERS = 50;
    private static final long WAIT_S = 60;

    private final LongAdder lookups = new LongAdder();
    private final Semaphore receipts = new Semaphore(0);

    @Test
    @DisplayName("this store's appends reach 50 followers without a single store read or look-up")
    void localAppendsNeedNoRead() throws InterruptedException {
        StoreConfig config = StoreConfig.of("memory:?feed-check=1h").withMetrics((op, outcome, nanos) -> {
            if (op == StoreOperation.READ || op == StoreOperation.FIND) {
                lookups.increment();
            }
        });
        int appends = 10;
        List<List<Long>> seen = new ArrayList<>();
        try (SessionStore store = SessionStores.open(config)) {
            SessionId id = store.create(NewSession.of("busy", "alice")).id();
            append(store, id, 1);
            List<Subscription> subscriptions = follow(store, id, seen, FOLLOWERS);
            awaitReceipts(FOLLOWERS, "the first message (each follower's own catch-up)");
            append(store, id, 1); // its pass also takes the hint each new follower gave
            awaitReceipts(FOLLOWERS, "the second message");
            long before = lookups.sum();
            for (int i = 0; i < appends; i++) {
                append(store, id, 1);
                awaitReceipts(FOLLOWERS, "message " + (i + 3));
            }
            assertThat(lookups.sum() - before).as("store reads and look-ups for %d appends", appends).isZero();
            subscriptions.forEach(Subscription::close);
        }
        List<Long> all = LongStream.rangeClosed(1, appends + 2).boxed().collect(Collectors.toList());
        seen.forEach(seqs -> assertThat(seqs).isEqualTo(all));
    }

    @Test
    @DisplayName("8 threads appending at once: 20 followers each get every message once, in seq order, gapless")
    void concurrentAppendsInOrder() throws Exception {
        int followers = 20;
        int threads = 8;
        int perThread = 150;
        List<List<Long>> seen = new ArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(threads);
        try (SessionStore store = SessionStores.open("memory:?feed-check=1h")) {
            SessionId id = store.create(NewSession.of("busy", "alice")).id();
            List<Subscription> subscriptions = follow(store, id, seen, followers);
            List<Future<Long>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int size = 1 + t % 3;
                done.add(writers.submit(() -> {
                    long written = 0;
                    for (int i = 0; i < perThread; i++) {
                        written += append(store, id, size);
                    }
                    return written;
                }));
            }
            long total = 0;
            for (Future<Long> f : done) {
                total += f.get(WAIT_S, TimeUnit.SECONDS);
            }
            awaitReceipts((int) (followers * total), "every message");
            subscriptions.forEach(Subscription::close);
            List<Long> all = LongStream.rangeClosed(1, total).boxed().collect(Collectors.toList());
            seen.forEach(seqs -> assertThat(seqs).isEqualTo(all));
        } finally {
            writers.shutdownNow();
        }
    }

    private List<Subscription> follow(SessionStore store, SessionId id, List<List<Long>> seen, int count) {
        List<Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Long> seqs = Collections.synchronizedList(new ArrayList<>());
            seen.add(seqs);
            subscriptions.add(store.followSession(id, 0, batch -> record(seqs, batch)));
        }
        return subscriptions;
    }

    private void record(List<Long> seqs, List<ChatMessage> batch) {
        batch.forEach(m -> seqs.add(m.seq()));
        receipts.release(batch.size());
    }

    private void awaitReceipts(int count, String what) throws InterruptedException {
        assertThat(receipts.tryAcquire(count, WAIT_S, TimeUnit.SECONDS))
                .as("every follower received %s", what).isTrue();
    }

    private static int append(SessionStore store, SessionId id, int size) {
        List<MessageDraft> drafts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            drafts.add(MessageDraft.of(Role.USER, "alice", "m" + i));
        }
        return store.append(id, drafts).messages().size();
    }
}
