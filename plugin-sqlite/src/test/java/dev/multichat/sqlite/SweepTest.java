package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.Ttl;
import dev.multichat.sqlite.internal.commit.GroupCommit;
import dev.multichat.tck.support.KeepingProvider;
import dev.multichat.tck.support.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expiry sweep deletes expired sessions and their messages in small transactions, and a
 * sweep in progress does not hold up {@code close()}.
 */
class SweepTest {
    /** Expired messages: many seconds of sweeping, at {@value Sweeper#BATCH} per transaction. */
    private static final int EXPIRED = 1_000_000;
    private static final long CLOSE_BOUND_MS = 3_000;

    @TempDir
    Path dir;

    @Test
    void sweepDeletesExpiredDataInBatchesAndKeepsLiveData() throws Exception {
        Path file = dir.resolve("sweep.db");
        MutableClock clock = new MutableClock();
        StoreConfig config = StoreConfig.of("sqlite:" + file + "?sweep=0").withClock(clock);
        KeepingProvider.Opened opened = KeepingProvider.open(new SqliteStoreProvider(), config);
        SqliteLifecycle backend = opened.lifecycle(SqliteLifecycle.class);
        try (SessionStore store = opened.store()) {
            Ttl minute = Ttl.absolute(Duration.ofMinutes(1));
            store.create(NewSession.of("doomed", "owner").withTtl(minute));
            store.create(NewSession.of("doomed-empty", "owner").withTtl(minute));
            store.create(NewSession.of("kept", "owner"));
            List<MessageDraft> hundred = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                hundred.add(Stores.draft("m" + i));
            }
            for (int i = 0; i < 12; i++) {
                store.append(SessionId.of("doomed"), hundred);
            }
            store.append(SessionId.of("kept"), hundred.subList(0, 3));
            assertThat(backend.sweep()).as("nothing has expired yet").isZero();

            clock.advance(Duration.ofMinutes(2));
            long commitsBefore = backend.writer().commits();
            assertThat(backend.sweep()).isEqualTo(1200 + 2);
            assertThat(backend.writer().commits() - commitsBefore).as("transactions of at most %d rows",
                    Sweeper.BATCH).isGreaterThanOrEqualTo(1200 / Sweeper.BATCH + 1);
            assertThat(RawSql.scalar(file, "SELECT count(*) FROM messages")).isEqualTo("3");
            assertThat(RawSql.column(file, "SELECT id FROM sessions")).containsExactly("kept");
            assertThat(store.find(SessionId.of("kept"))).isPresent();
        }
    }

    @Test
    void closeReturnsPromptlyWhileASweepIsDeleting() throws Exception {
        Path file = dir.resolve("long-sweep.db");
        MutableClock clock = new MutableClock();
        try (SessionStore store = Stores.open(file, clock, "sweep=0")) {
            store.create(NewSession.of("doomed", "owner").withTtl(Ttl.absolute(Duration.ofMinutes(1))));
        }
        RawSql.exec(file, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + EXPIRED
                + ") INSERT INTO messages (session_id, seq, msg_id, author, role, content, attributes, at)"
                + " SELECT 'doomed', i, NULL, 'alice', 'USER', 'x', '', 0 FROM n");
        clock.advance(Duration.ofMinutes(2));
        StoreConfig config = StoreConfig.of("sqlite:" + file + "?sweep=10ms").withClock(clock);
        KeepingProvider.Opened opened = KeepingProvider.open(new SqliteStoreProvider(), config);
        SessionStore store = opened.store();
        GroupCommit writer = opened.lifecycle(SqliteLifecycle.class).writer();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (writer.commits() == 0) {
            assertThat(System.nanoTime() - deadline).as("the sweeper started in time").isNegative();
            Thread.onSpinWait();
        }
        long start = System.nanoTime();
        store.close();
        long closeMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(closeMs).as("close() during a sweep, in ms").isLessThan(CLOSE_BOUND_MS);
        assertThat(Long.parseLong(RawSql.scalar(file, "SELECT count(*) FROM messages")))
                .as("expired messages left: the sweep was still running when close() returned")
                .isPositive();
    }
}
