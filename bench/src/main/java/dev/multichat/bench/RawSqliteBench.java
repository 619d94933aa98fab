package dev.multichat.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/** The raw sqlite-jdbc ceiling on one thread (see {@link RawSqlite}). */
@Threads(1)
public class RawSqliteBench extends QuickProfile {
    /**
     * One autocommit INSERT of a ~200-byte row.
     *
     * @param raw the connection
     * @return rows inserted
     * @throws SQLException if SQLite fails
     */
    @Benchmark
    public int insert(RawSqlite raw) throws SQLException {
        raw.bindNext();
        return raw.insert.executeUpdate();
    }

    /**
     * The newest 20 rows, read into memory as a store would.
     *
     * @param raw the connection
     * @param sink consumes each row's seq
     * @return the rows' contents
     * @throws SQLException if SQLite fails
     */
    @Benchmark
    public List<String> selectLast20(RawSqlite raw, Blackhole sink) throws SQLException {
        List<String> rows = new ArrayList<>(20);
        try (ResultSet result = raw.selectTail.executeQuery()) {
            while (result.next()) {
                sink.consume(result.getLong(1));
                rows.add(result.getString(2));
            }
        }
        return rows;
    }
}
