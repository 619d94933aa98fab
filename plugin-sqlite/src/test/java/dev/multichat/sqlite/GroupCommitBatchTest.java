package dev.multichat.sqlite;

import static dev.multichat.sqlite.HeldBatch.WAIT_SECONDS;
import static dev.multichat.sqlite.HeldBatch.counted;
import static dev.multichat.sqlite.HeldBatch.insert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionId;
import dev.multichat.api.StoreException;
import dev.multichat.api.VersionConflictException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One batch of three writes ({@link HeldBatch}). A write refused before it changed anything
 * costs the others nothing (each runs once); a write that fails after changing a row stops the
 * batch, which runs again with savepoints, and only its own change is undone; a write whose
 * failure ended the transaction fails the batch with nothing of it committed.
 */
class GroupCommitBatchTest {
    @TempDir
    Path dir;

    private HeldBatch held;

    @BeforeEach
    void open() throws SQLException {
        held = new HeldBatch(dir);
    }

    @AfterEach
    void close() throws SQLException {
        held.close();
    }

    @Test
    void aWriteRefusedBeforeWritingLeavesTheOthersRunningOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<Future<Integer>> results = held.run(
                counted(runs, (sql, now) -> insert(sql, 1)),
                counted(runs, (sql, now) -> {
                    throw new VersionConflictException(SessionId.of("s"), 1, 2);
                }),
                counted(runs, (sql, now) -> insert(sql, 3)));
        assertMiddleFailed(results, VersionConflictException.class);
        assertThat(runs).as("runs of the three writes").hasValue(3);
        assertThat(held.keys()).containsExactly("0", "1", "3");
    }

    @Test
    void aWriteFailingAfterWritingIsUndoneAloneByARerunWithSavepoints() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        List<Future<Integer>> results = held.run(
                counted(runs, (sql, now) -> insert(sql, 1)),
                counted(runs, (sql, now) -> {
                    insert(sql, 2);
                    throw new InvalidInputException("refused after its insert ran");
                }),
                counted(runs, (sql, now) -> insert(sql, 3)));
        assertMiddleFailed(results, InvalidInputException.class);
        assertThat(runs).as("runs: the first two until the failure, then all three isolated").hasValue(5);
        assertThat(held.keys()).containsExactly("0", "1", "3");
    }

    /** As SQLite does after an I/O error or a full disk, the failing write ends the transaction. */
    @Test
    void aWriteThatEndedTheTransactionFailsTheBatchWithNothingCommitted() throws Exception {
        AtomicInteger thirdRuns = new AtomicInteger();
        List<Future<Integer>> results = held.run(
                (sql, now) -> insert(sql, 1),
                (sql, now) -> {
                    insert(sql, 2);
                    sql.run("ROLLBACK");
                    throw new SQLException("disk I/O error (simulated)", "HY000", 10);
                },
                counted(thirdRuns, (sql, now) -> insert(sql, 3)));
        for (Future<Integer> result : results) {
            assertThatThrownBy(() -> result.get(WAIT_SECONDS, TimeUnit.SECONDS))
                    .cause().isInstanceOf(StoreException.class)
                    .as("the write's own failure is the cause, not the failed ROLLBACK after it")
                    .hasMessageContaining("disk I/O error (simulated)")
                    .hasRootCauseMessage("disk I/O error (simulated)")
                    .satisfies(failure -> assertThat(failure.getSuppressed()).as("the failed ROLLBACK")
                            .singleElement().asString().contains("no transaction is active"));
        }
        assertThat(thirdRuns).as("runs of the write after the broken one").hasValue(0);
        assertThat(held.keys()).as("the holder's batch committed before; nothing of this one").containsExactly("0");
    }

    /** The first and third writes returned their keys; the second threw {@code failure}. */
    private static void assertMiddleFailed(List<Future<Integer>> results,
            Class<? extends Throwable> failure) throws Exception {
        assertThat(results.get(0).get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);
        assertThatThrownBy(() -> results.get(1).get(WAIT_SECONDS, TimeUnit.SECONDS))
                .hasCauseInstanceOf(failure);
        assertThat(results.get(2).get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(3);
    }
}
