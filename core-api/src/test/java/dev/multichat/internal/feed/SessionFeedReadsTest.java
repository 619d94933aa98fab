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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A session feed's cost for writes it learns of by a bare hint (issue 14): another store on
 * the same data appends, and with many followers each pass reads the store once for all of
 * them (counted with the following store's own metrics), and every follower still gets every
 * message once, in order.
 */
class SessionFeedReadsTest {
    private static final int FOLLOWERS = 50;
    private static final int APPENDS = 10;
    private static final long WAIT_S = 30;

    private final LongAdder reads = new LongAdder();
    private final Semaphore receipts = new Semaphore(0);

    @Test
    @DisplayName("another store's appends cost 50 followers one store read per hint, not one per follower")
    void oneReadPerHintForAllFollowers() throws InterruptedException {
        SharedMemory data = new SharedMemory();
        StoreConfig config = StoreConfig.of("shared:?feed-check=1h").withMetrics((op, outcome, nanos) -> {
            if (op == StoreOperation.READ) {
                reads.increment();
            }
        });
        List<List<Long>> seen = new ArrayList<>();
        List<Subscription> subscriptions = new ArrayList<>();
        try (SessionStore store = SessionStores.open(config, data);
             SessionStore other = SessionStores.open(StoreConfig.of("shared:?feed-check=1h"), data)) {
            SessionId id = other.create(NewSession.of("busy", "alice")).id();
            append(other, id, 0);
            for (int i = 0; i < FOLLOWERS; i++) {
                List<Long> seqs = Collections.synchronizedList(new ArrayList<>());
                seen.add(seqs);
                subscriptions.add(store.followSession(id, 0, batch -> record(seqs, batch)));
            }
            awaitReceipts("the first message (each follower's own catch-up)");
            long before = reads.sum();
            for (int i = 1; i <= APPENDS; i++) {
                append(other, id, i);
                data.hint(id);
                awaitReceipts("message " + (i + 1));
            }
            assertThat(reads.sum() - before).as("store reads for %d hinted appends, one pass each", APPENDS)
                    .isBetween(1L, (long) APPENDS);
            subscriptions.forEach(Subscription::close);
        }
        List<Long> all = LongStream.rangeClosed(1, APPENDS + 1).boxed().collect(Collectors.toList());
        seen.forEach(seqs -> assertThat(seqs).isEqualTo(all));
    }

    private void record(List<Long> seqs, List<ChatMessage> batch) {
        batch.forEach(m -> seqs.add(m.seq()));
        receipts.release(batch.size());
    }

    private void awaitReceipts(String what) throws InterruptedException {
        assertThat(receipts.tryAcquire(FOLLOWERS, WAIT_S, TimeUnit.SECONDS))
                .as("every follower received %s", what).isTrue();
    }

    private static void append(SessionStore store, SessionId id, int n) {
        store.append(id, List.of(MessageDraft.of(Role.USER, "alice", "m" + n)));
    }
}
