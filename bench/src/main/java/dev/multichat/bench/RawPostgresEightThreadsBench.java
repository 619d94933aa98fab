package dev.multichat.bench;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/**
 * The raw PgJDBC baseline on 8 threads, each on its own connection and rows (see
 * {@link RawPostgresThread}): how far the server and disk scale autocommit INSERTs by themselves,
 * beside our 8-thread append; and the same with a notification queued in each INSERT's transaction.
 */
@Threads(8)
public class RawPostgresEightThreadsBench extends QuickProfile {
    /**
     * One autocommit INSERT of a ~200-byte row on this thread's connection.
     *
     * @param thread this thread's connection
     * @return rows inserted
     * @throws SQLException if the server fails
     */
    @Benchmark
    public int insert(RawPostgresThread thread) throws SQLException {
        return thread.insertOne();
    }

    /**
     * The same INSERT with a {@code pg_notify} in its statement: every thread's commit now queues
     * a notification, and PostgreSQL commits such transactions one at a time.
     *
     * @param thread this thread's connection
     * @return whether the row came back
     * @throws SQLException if the server fails
     */
    @Benchmark
    public boolean insertNotify(RawPostgresThread thread) throws SQLException {
        return thread.insertNotifyOne();
    }
}
