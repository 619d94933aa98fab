package dev.multichat.bench;

import java.sql.ResultSet;
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
        return raw.bindNext(raw.insert).executeUpdate();
    }

    /**
     * The same INSERT with a {@code pg_notify} in its statement (so in its transaction).
     *
     * @param raw the connection
     * @return whether the row came back
     * @throws SQLException if the server fails
     */
    @Benchmark
    public boolean insertNotify(RawPostgres raw) throws SQLException {
        try (ResultSet rs = raw.bindNext(raw.insertNotify).executeQuery()) {
            return rs.next();
        }
    }
}
