package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreException;
import dev.multichat.sqlite.internal.commit.GroupCommit;
import dev.multichat.sqlite.internal.sql.SqlErrors;
import dev.multichat.sqlite.internal.sql.StatementCache;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The group-commit writer on a real file: operations from many threads share transactions, and
 * each failing operation (bad input, or an SQL constraint violation) is undone on its own while
 * the others in the same transaction commit.
 */
class GroupCommitTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 150;

    @TempDir
    Path dir;

    @Test
    void failuresAreIsolatedAndWritesShareCommits() throws Exception {
        Path file = dir.resolve("group.db");
        RawSql.exec(file, "PRAGMA journal_mode=WAL", "CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)",
                "INSERT INTO t VALUES (-1, 'taken')");
        GroupCommit writer = writer(file);
        List<Set<Integer>> acked = runWriters(writer);
        Set<Integer> expected = new HashSet<>();
        for (int t = 0; t < THREADS; t++) {
            for (int i = 0; i < PER_THREAD; i++) {
                int key = t * PER_THREAD + i;
                if (key % 3 == 0) {
                    expected.add(key);
                }
            }
            assertThat(acked.get(t)).allMatch(k -> k % 3 == 0);
        }
        assertThat(RawSql.column(file, "SELECT k FROM t WHERE k >= 0")).map(Integer::valueOf)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(writer.commits()).as("commits for %d writes", THREADS * PER_THREAD)
                .isLessThan(THREADS * PER_THREAD);
        writer.close();
    }

    @Test
    void anErrorInsideAWriteRollsBackAndLeavesTheWriterUsable() throws Exception {
        Path file = dir.resolve("error.db");
        RawSql.exec(file, "PRAGMA journal_mode=WAL", "CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)");
        GroupCommit writer = writer(file);
        assertThatThrownBy(() -> writer.submit((sql, now) -> {
            insert(sql, 3);
            throw new AssertionError("an Error escaping a write");
        }, "failing", null)).isInstanceOf(AssertionError.class);
        int six = writer.submit((sql, now) -> insert(sql, 6), "inserting", 6);
        assertThat(six).isEqualTo(6);
        assertThat(RawSql.column(file, "SELECT k FROM t")).containsExactly("6");
        writer.close();
    }

    private static GroupCommit writer(Path file) throws SQLException {
        SqliteSettings settings = new SqliteSettings(file, SqliteSettings.Synchronous.FULL,
                Duration.ofSeconds(5), 1, Duration.ZERO);
        return new GroupCommit(new StatementCache(Connections.writer(settings, file)),
                Clock.systemUTC(), new SqlErrors(file, settings.busyTimeout()));
    }

    /** Every third key is inserted; the others fail with bad input or a duplicate key. */
    private static List<Set<Integer>> runWriters(GroupCommit writer) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Set<Integer>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int base = t * PER_THREAD;
            futures.add(pool.submit(() -> {
                start.await();
                Set<Integer> ok = new HashSet<>();
                for (int key = base; key < base + PER_THREAD; key++) {
                    int k = key;
                    try {
                        writer.submit((sql, now) -> insert(sql, k), "inserting", k);
                        ok.add(k);
                    } catch (StoreException expected) {
                        assertThat(k % 3).isNotZero();
                    }
                }
                return ok;
            }));
        }
        List<Set<Integer>> acked = new ArrayList<>();
        for (Future<Set<Integer>> f : futures) {
            acked.add(f.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        return acked;
    }

    private static int insert(StatementCache sql, int key) throws SQLException {
        PreparedStatement insert = sql.get("INSERT INTO t (k, v) VALUES (?, ?)");
        insert.setInt(1, key % 3 == 2 ? -1 : key);
        insert.setString(2, "v" + key);
        insert.executeUpdate();
        if (key % 3 == 1) {
            throw new InvalidInputException("key " + key + " is refused after its insert ran");
        }
        return key;
    }
}
