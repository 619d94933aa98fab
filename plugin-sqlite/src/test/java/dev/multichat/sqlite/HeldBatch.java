package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.sqlite.internal.commit.GroupCommit;
import dev.multichat.sqlite.internal.commit.WriteOp;
import dev.multichat.sqlite.internal.sql.SqlErrors;
import dev.multichat.sqlite.internal.sql.StatementCache;
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

/**
 * A group-commit writer on a real file (table {@code t(k)}) whose next batch is composed
 * deterministically: a first write holds the writer while the given writes queue behind it, so
 * the next leader takes them all into one transaction.
 */
final class HeldBatch implements AutoCloseable {
    /** The longest any step waits before the test fails. */
    static final long WAIT_SECONDS = 30;

    private final Path file;
    private final GroupCommit writer;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final CountDownLatch release = new CountDownLatch(1);

    HeldBatch(Path dir) throws SQLException {
        file = dir.resolve("batch.db");
        RawSql.exec(file, "PRAGMA journal_mode=WAL", "CREATE TABLE t (k INTEGER PRIMARY KEY)");
        SqliteSettings settings = new SqliteSettings(file, SqliteSettings.Synchronous.NORMAL,
                Duration.ofSeconds(5), 1, Duration.ZERO);
        writer = new GroupCommit(new StatementCache(Connections.writer(settings, file)),
                Clock.systemUTC(), new SqlErrors(file, settings.busyTimeout()));
    }

    /**
     * Submits a write (key 0) that holds the writer until the given ones are queued behind it,
     * then lets it go: the next leader drains them as one batch.
     *
     * @return the given writes' results, in order
     */
    @SafeVarargs
    final List<Future<Integer>> run(WriteOp<Integer>... ops) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        Future<Integer> holder = pool.submit(() -> writer.submit((sql, now) -> {
            holding.countDown();
            awaitRelease();
            return insert(sql, 0);
        }, "holding the writer", null));
        assertThat(holding.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < ops.length; i++) {
            WriteOp<Integer> op = ops[i];
            results.add(pool.submit(() -> writer.submit(op, "write", results.size() + 1)));
            awaitQueued(i + 1);
        }
        release.countDown();
        assertThat(holder.get(WAIT_SECONDS, TimeUnit.SECONDS)).isZero();
        return results;
    }

    /** @return the keys in the table, ascending */
    List<String> keys() throws SQLException {
        return RawSql.column(file, "SELECT k FROM t ORDER BY k");
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

    /** @return {@code op}, counting its runs in {@code runs} */
    static WriteOp<Integer> counted(AtomicInteger runs, WriteOp<Integer> op) {
        return (sql, now) -> {
            runs.incrementAndGet();
            return op.apply(sql, now);
        };
    }

    /** Inserts {@code key} into {@code t}. @return the key */
    static int insert(StatementCache sql, int key) throws SQLException {
        PreparedStatement insert = sql.get("INSERT INTO t (k) VALUES (?)");
        insert.setInt(1, key);
        insert.executeUpdate();
        return key;
    }

    @Override
    public void close() throws SQLException {
        release.countDown();
        pool.shutdownNow();
        writer.close();
    }
}
