package dev.multichat.bench.report;

import dev.multichat.bench.report.Target.Pick;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The performance targets of issue 5 (SQLite), issue 6 (JSON files) and issue 12 (PostgreSQL). */
final class Targets {
    private static final String SQLITE = "#5 sqlite";
    private static final String JSON = "#6 json";
    private static final String ONE = "SqliteOneThreadBench.";
    private static final String RAW_INSERT = "RawSqliteBench.insert";
    private static final String RAW_FORCE = "RawFileBench.writeAndForce";

    private Targets() {
    }

    /** @return every target, SQLite's once per synchronous setting */
    static List<Target> all() {
        List<Target> targets = new ArrayList<>();
        for (String sync : List.of("full", "normal")) {
            targets.addAll(sqlite(sync));
            targets.addAll(floor(sync));
        }
        targets.addAll(json());
        for (String sync : List.of("on", "off")) {
            targets.addAll(PostgresTargets.at(sync));
        }
        return targets;
    }

    private static List<Target> sqlite(String sync) {
        Map<String, String> at1000 = Map.of("sync", sync, "history", "1000");
        Pick raw = new Pick(RAW_INSERT, Map.of("sync", sync));
        String s = " (sync=" + sync + ")";
        return List.of(
                new Target(SQLITE, "append, 1 thread, history 1,000 vs raw autocommit insert" + s,
                        new Pick(ONE + "append1", at1000), raw, Requirement.atLeast(0.8)),
                new Target(SQLITE, "append, 8 threads on 8 sessions, history 1,000 vs raw 1-thread insert" + s,
                        new Pick("SqliteEightThreadsBench.append1", at1000), raw, Requirement.atLeast(3)),
                history(SQLITE, ONE + "append1", sync),
                history(SQLITE, ONE + "tail20", sync),
                new Target(SQLITE + " (extra)", "tail20 at history 100,000 vs at 1,000 (at 10 it returns only 10)" + s,
                        new Pick(ONE + "tail20", Map.of("sync", sync, "history", "100000")),
                        new Pick(ONE + "tail20", at1000), Requirement.costAtMost(1.2)),
                new Target(SQLITE, "append at 1,000 vs the peer adding one message at 1,000" + s,
                        new Pick(ONE + "append1", at1000),
                        new Pick("PeerBench.addOne", Map.of("sync", sync, "messages", "1000")),
                        Requirement.atLeast(50)));
    }

    /**
     * Where the floor lies: the store against the same SQL through plain sqlite-jdbc, and that
     * plain SQL against the issue's baselines (a target it misses is out of any store's reach on
     * this schema and machine).
     */
    private static List<Target> floor(String sync) {
        String floor = SQLITE + " (floor)";
        String s = " (sync=" + sync + ")";
        Map<String, String> at = Map.of("sync", sync);
        Pick plain = new Pick("SqliteFloorBench.append1", at);
        Pick raw = new Pick(RAW_INSERT, at);
        return List.of(
                new Target(floor, "store append, 1 thread, history 1,000 vs the same SQL through plain sqlite-jdbc" + s,
                        new Pick(ONE + "append1", Map.of("sync", sync, "history", "1000")), plain,
                        Requirement.atLeast(0.8)),
                new Target(floor, "the same SQL through plain sqlite-jdbc vs raw autocommit insert" + s,
                        plain, raw, Requirement.atLeast(0.8)),
                new Target(floor, "8 appends per plain sqlite-jdbc commit (a perfect group commit) vs raw"
                        + " 1-thread insert" + s, new Pick("SqliteFloorBench.append8PerCommit", at), raw,
                        Requirement.atLeast(3)),
                new Target(floor, "raw autocommit insert vs the peer adding one message at 1,000" + s, raw,
                        new Pick("PeerBench.addOne", Map.of("sync", sync, "messages", "1000")),
                        Requirement.atLeast(50)));
    }

    private static List<Target> json() {
        Pick raw = new Pick(RAW_FORCE, Map.of());
        return List.of(
                history(JSON, "JsonHistoryBench.append1", null),
                history(JSON, "JsonHistoryBench.tail20", null),
                new Target(JSON, "fsync=always append, 1 thread vs raw write + force",
                        new Pick("JsonDurableOneThreadBench.append1", Map.of("fsync", "always")), raw,
                        Requirement.atLeast(0.8)),
                new Target(JSON, "fsync=batch append, 8 threads on 8 sessions vs raw 1-thread write + force",
                        new Pick("JsonDurableEightThreadsBench.append1", Map.of("fsync", "batch")), raw,
                        Requirement.atLeast(3)));
    }

    private static Target history(String issue, String benchmark, String sync) {
        String operation = benchmark.substring(benchmark.indexOf('.') + 1);
        String setting = sync == null ? " (fsync=never)" : " (sync=" + sync + ")";
        String text = operation + " at history 100,000 vs at 10" + setting;
        return new Target(issue, text, new Pick(benchmark, params(sync, "100000")),
                new Pick(benchmark, params(sync, "10")), Requirement.costAtMost(1.2));
    }

    private static Map<String, String> params(String sync, String history) {
        return sync == null ? Map.of("fsync", "never", "history", history)
                : Map.of("sync", sync, "history", history);
    }
}
