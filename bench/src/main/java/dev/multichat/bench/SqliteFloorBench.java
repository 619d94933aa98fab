package dev.multichat.bench;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Threads;

/**
 * The floor under our SQLite append on one thread (see {@link SqliteFloor}): what the same SQL
 * costs when nothing else runs.
 */
@Threads(1)
public class SqliteFloorBench extends QuickProfile {
    /**
     * One append in its own transaction: the floor of a lone store append.
     *
     * @param floor the connection
     * @return the message's seq
     * @throws SQLException if SQLite fails
     */
    @Benchmark
    public long append1(SqliteFloor floor) throws SQLException {
        floor.begin();
        long seq = floor.append(0);
        floor.commit();
        return seq;
    }

    /**
     * One append to each of 8 sessions in one transaction, counted as 8 operations: a perfect
     * group commit with no threads to coordinate, the ceiling of the 8-thread store figure.
     *
     * @param floor the connection
     * @return the sum of the messages' seqs
     * @throws SQLException if SQLite fails
     */
    @Benchmark
    @OperationsPerInvocation(SqliteFloor.SESSIONS)
    public long append8PerCommit(SqliteFloor floor) throws SQLException {
        floor.begin();
        long seqs = 0;
        for (int session = 0; session < SqliteFloor.SESSIONS; session++) {
            seqs += floor.append(session);
        }
        floor.commit();
        return seqs;
    }
}
