package dev.multichat.bench;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/** The raw PgJDBC baseline on one thread (see {@link RawPostgres}). */
@Threads(1)
public class RawPostgresBench extends QuickProfile {
    /**
     * One autocommit INSERT of a ~200-byte row.
     *
     * @param raw the connection
     * @return rows inserted
     * @throws SQLException if the server fails
     */
    @Benchmark
    public int insert(RawPostgres raw) throws SQLException {
        raw.bindNext();
        return raw.insert.executeUpdate();
    }
}
