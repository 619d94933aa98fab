package dev.multichat.bench;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/** The plain floor of a correct append on one thread (see {@link PgFloor}). */
@Threads(1)
public class PgFloorBench extends QuickProfile {
    /**
     * @param floor the connection
     * @return the appended message's seq
     * @throws SQLException if the server fails
     */
    @Benchmark
    public long append1(PgFloor floor) throws SQLException {
        return floor.append();
    }
}
