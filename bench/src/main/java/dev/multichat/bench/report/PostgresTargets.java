package dev.multichat.bench.report;

import dev.multichat.bench.report.Target.Pick;
import java.util.List;
import java.util.Map;

/** The performance targets of issue 12 (PostgreSQL), per {@code synchronous_commit} setting. */
final class PostgresTargets {
    private static final String PG = "#12 postgres";
    private static final String ONE = "PostgresOneThreadBench.";
    private static final String PEER = "PgPeerBench.addOne";
    private static final String FLOOR = "PgFloorBench.append1";
    private static final String RAW = "RawPostgresBench.";
    private static final String RAW8 = "RawPostgresEightThreadsBench.";

    private PostgresTargets() {
    }

    /**
     * @param sync the server's synchronous_commit, {@code on} or {@code off}
     * @return the targets at that setting
     */
    static List<Target> at(String sync) {
        Map<String, String> at1000 = Map.of("sync", sync, "history", "1000");
        Map<String, String> at100k = Map.of("sync", sync, "history", "100000");
        Pick append = new Pick(ONE + "append1", at1000);
        Pick floor = new Pick(FLOOR, at1000);
        Map<String, String> at = Map.of("sync", sync);
        Pick raw = new Pick(RAW + "insert", at);
        String s = " (synchronous_commit=" + sync + ")";
        return List.of(
                new Target(PG, "append, 1 thread, history 1,000 vs raw autocommit insert" + s, append, raw,
                        Requirement.atLeast(0.8)),
                new Target(PG, "append, 8 threads on 8 sessions vs 1 thread, history 1,000" + s,
                        new Pick("PostgresEightThreadsBench.append1", at1000), append, Requirement.atLeast(3)),
                new Target(PG, "append at history 100,000 vs at 1,000" + s, new Pick(ONE + "append1", at100k),
                        append, Requirement.costAtMost(1.2)),
                new Target(PG, "tail20 at history 100,000 vs at 1,000" + s, new Pick(ONE + "tail20", at100k),
                        new Pick(ONE + "tail20", at1000), Requirement.costAtMost(1.2)),
                new Target(PG, "append at 1,000 vs Spring AI JDBC (PostgreSQL) adding one at 1,000" + s, append,
                        new Pick(PEER, Map.of("sync", sync, "messages", "1000")), Requirement.atLeast(20)),
                new Target(PG, "append at 1,000 vs Spring AI JDBC (PostgreSQL) adding one at 10,000" + s, append,
                        new Pick(PEER, Map.of("sync", sync, "messages", "10000")), Requirement.atLeast(100)),
                new Target(PG + " (floor)", "store append vs the plain floor of a correct append (row update + insert"
                        + " + commit on one connection)" + s, append, floor, Requirement.atLeast(0.8)),
                new Target(PG + " (floor)", "the plain floor vs raw autocommit insert" + s, floor, raw,
                        Requirement.atLeast(0.8)),
                new Target(PG + " (floor)", "raw autocommit inserts, 8 threads on 8 connections vs 1 thread" + s,
                        new Pick(RAW8 + "insert", at), raw, Requirement.atLeast(3)),
                new Target(PG + " (floor)", "raw inserts with pg_notify in the statement, 8 threads vs 1 thread" + s,
                        new Pick(RAW8 + "insertNotify", at), new Pick(RAW + "insertNotify", at),
                        Requirement.atLeast(3)),
                new Target(PG + " (floor)", "the plain floor at history 100,000 vs at 1,000" + s,
                        new Pick(FLOOR, at100k), floor, Requirement.costAtMost(1.2)));
    }
}
