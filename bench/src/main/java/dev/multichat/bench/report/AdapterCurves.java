package dev.multichat.bench.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The adapter run as curves: for each way of adding one message (an adapter path on a backend, or
 * a peer), the median cost in microseconds at each history length; and SQLite's floors measured in
 * the same run, drawn flat at every history: one durable raw INSERT (what any durable add pays at
 * least) and that INSERT plus a raw read of the newest 20 rows (what a window memory, which reads
 * the window before every add, pays at least). The stores' own appends of an adapter's draft are
 * curves too, per backend, without a ratio: the difference to them is the adapters' own cost.
 */
final class AdapterCurves {
    /** Spring AI's JdbcChatMemoryRepository through MessageWindowChatMemory (PeerBench.addOne). */
    static final String SPRING_PEER = "Spring AI JDBC peer (sqlite)";
    /** LangChain4j's documented whole-list store through MessageWindowChatMemory. */
    static final String LANGCHAIN_PEER = "LangChain4j whole-list peer (sqlite)";
    /** RawSqliteBench.insert at synchronous=full: one autocommit INSERT, one WAL fsync. */
    static final String FLOOR_COMMIT = "floor: raw SQLite INSERT (sqlite)";
    /** RawSqliteBench.insert plus RawSqliteBench.selectLast20, both at synchronous=full. */
    static final String FLOOR_READ = "floor: raw SQLite INSERT + read of 20 (sqlite)";
    /** AdapterAddBench.storeAppend: the store's own append of an adapter's draft, on each backend. */
    static final String STORE_APPEND = "store's own append (no adapter)";
    private static final String INSERT = "RawSqliteBench.insert";
    private static final String READ = "RawSqliteBench.selectLast20";
    private static final Map<String, String> PATHS = Map.of(
            "AdapterAddBench.springAiChatMemory", "Spring AI ChatMemory",
            "AdapterAddBench.springAiWindowOverRepository", "Spring AI window over repository",
            "AdapterAddBench.langchain4jChatMemory", "LangChain4j ChatMemory",
            "AdapterAddBench.langchain4jWindowOverStore", "LangChain4j window over store",
            "AdapterAddBench.storeAppend", STORE_APPEND,
            "PeerBench.addOne", SPRING_PEER,
            "LangChain4jPeerBench.addOne", LANGCHAIN_PEER);

    private AdapterCurves() {
    }

    /**
     * @param results a JMH run
     * @return curve name to (history length to median microseconds per added message), sorted by name
     */
    static Map<String, TreeMap<Integer, Double>> of(List<Measurement> results) {
        Map<String, TreeMap<Integer, Double>> curves = new TreeMap<>();
        Map<String, Double> raw = new HashMap<>();
        for (Measurement m : results) {
            String path = PATHS.get(m.benchmark());
            String history = m.params().get("messages");
            if ("normal".equals(m.params().get("sync"))) {
                continue;
            }
            double micros = 1e6 / m.iterations().median();
            if (INSERT.equals(m.benchmark()) || READ.equals(m.benchmark())) {
                raw.put(m.benchmark(), micros);
            } else if (path != null && history != null) {
                String backend = m.params().get("backend");
                curves.computeIfAbsent(backend == null ? path : backend + ": " + path, k -> new TreeMap<>())
                        .put(Integer.valueOf(history), micros);
            }
        }
        addFloors(curves, raw);
        return curves;
    }

    /** Draws the floors measured flat across every history length of the other curves. */
    private static void addFloors(Map<String, TreeMap<Integer, Double>> curves, Map<String, Double> raw) {
        Set<Integer> histories = new TreeSet<>();
        curves.values().forEach(points -> histories.addAll(points.keySet()));
        Double insert = raw.get(INSERT);
        Double read = raw.get(READ);
        for (int history : histories) {
            if (insert != null) {
                curves.computeIfAbsent(FLOOR_COMMIT, k -> new TreeMap<>()).put(history, insert);
            }
            if (insert != null && read != null) {
                curves.computeIfAbsent(FLOOR_READ, k -> new TreeMap<>()).put(history, insert + read);
            }
        }
    }

    /**
     * @return the floor an adapter path on SQLite pays at least (a window path reads before it
     *     appends), or null for other backends and for the peers and floors themselves
     */
    static String floorOf(String curve) {
        if (!curve.startsWith("sqlite: ")) {
            return null;
        }
        return curve.contains("window") ? FLOOR_READ : FLOOR_COMMIT;
    }

    /** @return the peer an adapter curve is measured against (by the framework in its name) */
    static String peerOf(String curve) {
        return curve.contains("Spring AI") ? SPRING_PEER : LANGCHAIN_PEER;
    }

    /** @return true for the two peers' own curves */
    static boolean isPeer(String curve) {
        return SPRING_PEER.equals(curve) || LANGCHAIN_PEER.equals(curve);
    }

    /** @return true for the peers, the floors and the stores' own appends: curves that are not an adapter path */
    static boolean isReference(String curve) {
        return isPeer(curve) || curve.startsWith("floor: ") || curve.endsWith(STORE_APPEND);
    }
}
