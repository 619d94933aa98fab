package dev.multichat.bench;

import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The CPU time (user + system, of the calling thread) of our SQLite store's append of one
 * message and tail(20), next to the plain-SQL floor of {@link SqliteFloor} (the store's append
 * statements through plain sqlite-jdbc) and the raw select of {@link RawSqlite}, at
 * {@code synchronous=normal}, history 1,000. Not a JMH
 * benchmark: on a shared machine whose load swings (other builds), JMH's wall-clock rates
 * vary several-fold between iterations, while the CPU an operation burns on its own thread
 * barely moves. Fifteen rounds of 2,000 operations per subject, the subjects interleaved
 * within each round; prints each subject's median per operation and the ratios. Run it on
 * two builds' jars in turn to compare them.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar dev.multichat.bench.SqliteCpuTime}.
 */
public final class SqliteCpuTime {
    private static final int HISTORY = 1000;
    private static final int ROUNDS = 15;
    private static final int PER_ROUND = 2000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SqliteCpuTime() {
    }

    /**
     * @param args none
     * @throws Exception if the store or SQLite fails
     */
    public static void main(String[] args) throws Exception {
        Path dir = DataDir.create("sqlite-cpu");
        RawSqlite raw = new RawSqlite();
        raw.sync = "normal";
        raw.open();
        SqliteFloor floor = new SqliteFloor();
        floor.sync = "normal";
        floor.open();
        SessionId id = SessionId.of("cpu");
        try (SessionStore store = SessionStores.open("sqlite:" + dir.resolve("cpu.db")
                + "?synchronous=normal&sweep=0")) {
            store.create(NewSession.of(id.value(), "bench"));
            for (int i = 0; i < HISTORY; i++) {
                store.append(id, Payload.ONE);
            }
            Map<String, Callable<Object>> subjects = new LinkedHashMap<>();
            subjects.put("store append1", () -> store.append(id, Payload.ONE));
            subjects.put("floor append1", () -> floorAppend(floor));
            subjects.put("store tail20", () -> store.tail(id, 20));
            subjects.put("raw selectLast20", () -> selectLast20(raw));
            Map<String, Long> medians = measure(subjects, () -> store.trim(id, store.find(id).orElseThrow()
                    .lastSeq() - HISTORY));
            report(medians);
        } finally {
            floor.close();
            raw.close();
            DataDir.delete(dir);
        }
    }

    private static Object floorAppend(SqliteFloor floor) throws SQLException {
        floor.begin();
        long seq = floor.append(0);
        floor.commit();
        return seq;
    }

    /** As {@link RawSqliteBench#selectLast20}: the newest 20 rows' seqs and contents. */
    private static Object selectLast20(RawSqlite raw) throws SQLException {
        List<String> rows = new ArrayList<>(20);
        long seqs = 0;
        try (ResultSet result = raw.selectTail.executeQuery()) {
            while (result.next()) {
                seqs += result.getLong(1);
                rows.add(result.getString(2));
            }
        }
        return seqs + rows.size();
    }

    /** @return each subject's median CPU nanoseconds per operation; {@code reset} runs after each round */
    private static Map<String, Long> measure(Map<String, Callable<Object>> subjects, Runnable reset)
            throws Exception {
        Map<String, long[]> rounds = new LinkedHashMap<>();
        for (Map.Entry<String, Callable<Object>> subject : subjects.entrySet()) {
            run(subject.getValue(), PER_ROUND * 2);
            rounds.put(subject.getKey(), new long[ROUNDS]);
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Callable<Object>> subject : subjects.entrySet()) {
                long start = THREADS.getCurrentThreadCpuTime();
                run(subject.getValue(), PER_ROUND);
                rounds.get(subject.getKey())[round] = (THREADS.getCurrentThreadCpuTime() - start) / PER_ROUND;
            }
            reset.run();
        }
        Map<String, Long> medians = new LinkedHashMap<>();
        rounds.forEach((name, values) -> {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            medians.put(name, sorted[ROUNDS / 2]);
        });
        return medians;
    }

    private static void run(Callable<Object> subject, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            subject.call();
        }
    }

    private static void report(Map<String, Long> medians) {
        medians.forEach((name, nanos) -> System.out.printf(Locale.ROOT, "%-18s %,8d ns CPU per operation%n",
                name, nanos));
        System.out.printf(Locale.ROOT, "append1 / floor append1 (rate ratio): %.2fx%n",
                (double) medians.get("floor append1") / medians.get("store append1"));
        System.out.printf(Locale.ROOT, "tail20 / raw selectLast20 (rate ratio): %.2fx%n",
                (double) medians.get("raw selectLast20") / medians.get("store tail20"));
    }
}
