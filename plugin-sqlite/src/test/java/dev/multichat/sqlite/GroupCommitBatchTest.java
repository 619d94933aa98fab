package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.VersionConflictException;
import dev.multichat.api.SessionId;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One batch of three writes, composed deterministically: a first write holds the writer while
 * the three queue behind it, so the next leader takes all three into one transaction. A write
 * refused before it changed anything costs the others nothing (each runs once); a write that
 * fails after changing a row makes the batch run again with savepoints, and only its own
 * change is undone.
 */
class GroupCommitBatchTest {
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path dir;

    private GroupCommit writer;
    private Path file;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void open() throws SQLException {
        file = dir.resolve("batch.db");
        RawSql.exec(file, "PRAGMA journal_mode=WAL", "CREATE TABLE t (k INTEGER PRIMARY KEY)");
        SqliteSettings settings = new SqliteSettings(file, SqliteSettings.Synchronous.NORMAL,
                Duration.ofSeconds(5), 1, Duration.ZERO);
        writer = new GroupCommit(new StatementCache(Connections.writer(settings, file)),
                Clock.systemUTC(), new SqlErrors(file, settings.busyTimeout()));
    }

    @AfterEach
    void close() throws SQLException {
        release.countDown();
        pool.shutdownNow();
        writer.close();
    }

    @Test
    void aWriteRefusedBeforeWritingLeavesTheOthersRunningOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<Future<Integer>> results = batchOfThree(
                counted(runs, (sql, now) -> insert(sql, 1)),
                counted(runs, (sql, now) -> {
                    throw new VersionConflictException(SessionId.of("s"), 1, 2);
                }),
                counted(runs, (sql, now) -> insert(sql, 3)));
        assertMiddleFailed(results, VersionConflictException.class);
        assertThat(runs).as("runs of the three writes").hasValue(3);
        assertThat(RawSql.column(file, "SELECT k FROM t ORDER BY k")).containsExactly("0", "1", "3");
    }

    @Test
    void aWriteFailingAfterWritingIsUndoneAloneByARerunWithSavepoints() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<Future<Integer>> results = batchOfThree(
                counted(runs, (sql, now) -> insert(sql, 1)),
                counted(runs, (sql, now) -> {
                    insert(sql, 2);
                    throw new InvalidInputException("refused after its insert ran");
                }),
                counted(runs, (sql, now) -> insert(sql, 3)));
        assertMiddleFailed(results, InvalidInputException.class);
        assertThat(runs).as("runs of the three writes: once together, once isolated").hasValue(6);
        assertThat(RawSql.column(file, "SELECT k FROM t ORDER BY k")).containsExactly("0", "1", "3");
    }

    /** The first and third writes returned their keys; the second threw {@code failure}. */
    private static void assertMiddleFailed(List<Future<Integer>> results,
            Class<? extends Throwable> failure) throws Exception {
        assertThat(results.get(0).get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);
        assertThatThrownBy(() -> results.get(1).get(WAIT_SECONDS, TimeUnit.SECONDS))
                .hasCauseInstanceOf(failure);
        assertThat(results.get(2).get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(3);
    }

    /**
     * Submits a write that holds the writer until the three given ones are queued behind it, then
     * lets it go: the next leader drains the three as one batch.
     */
    @SafeVarargs
    private List<Future<Integer>> batchOfThree(WriteOp<Integer>... ops) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        Future<Integer> holder = pool.submit(() -> writer.submit((sql, now) -> {
            holding.countDown();
            awaitRelease();
            return insert(sql, 0);
        }, "holding the writer"));
        assertThat(holding.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < ops.length; i++) {
            WriteOp<Integer> op = ops[i];
            results.add(pool.submit(() -> writer.submit(op, "write " + op)));
            awaitQueued(i + 1);
        }
        release.countDown();
        assertThat(holder.get(WAIT_SECONDS, TimeUnit.SECONDS)).isZero();
        return results;
    }

    private void awaitRelease() {
        try {
            assertThat(release.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("released in time").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while holding the writer", e);
        }
    }

    private void awaitQueued(int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (writer.queued() < count) {
            assertThat(System.nanoTime() - deadline).as("writes queued in time").isNegative();
            Thread.yield();
        }
    }

    private static WriteOp<Integer> counted(AtomicInteger runs, WriteOp<Integer> op) {
        return (sql, now) -> {
            runs.incrementAndGet();
            return op.apply(sql, now);
        };
    }

    private static int insert(StatementCache sql, int key) throws SQLException {
        PreparedStatement insert = sql.get("INSERT INTO t (k) VALUES (?)");
        insert.setInt(1, key);
        insert.executeUpdate();
        return key;
    }
}
