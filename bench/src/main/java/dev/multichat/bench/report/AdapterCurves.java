package dev.multichat.bench.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The adapter run as curves: for each way of adding one message (an adapter path on a backend, or
 * a peer), the median cost in microseconds at each history length.
 */
final class AdapterCurves {
    /** Spring AI's JdbcChatMemoryRepository through MessageWindowChatMemory (PeerBench.addOne). */
    static final String SPRING_PEER = "Spring AI JDBC peer (sqlite)";
    /** LangChain4j's documented whole-list store through MessageWindowChatMemory. */
    static final String LANGCHAIN_PEER = "LangChain4j whole-list peer (sqlite)";
    private static final Map<String, String> PATHS = Map.of(
            "AdapterAddBench.springAiChatMemory", "Spring AI ChatMemory",
            "AdapterAddBench.springAiWindowOverRepository", "Spring AI window over repository",
            "AdapterAddBench.langchain4jChatMemory", "LangChain4j ChatMemory",
            "AdapterAddBench.langchain4jWindowOverStore", "LangChain4j window over store",
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
        for (Measurement m : results) {
            String path = PATHS.get(m.benchmark());
            String history = m.params().get("messages");
            if (path == null || history == null || "normal".equals(m.params().get("sync"))) {
                continue;
            }
            String backend = m.params().get("backend");
            String name = backend == null ? path : backend + ": " + path;
            curves.computeIfAbsent(name, k -> new TreeMap<>()).put(Integer.valueOf(history),
                    1e6 / m.iterations().median());
        }
        return curves;
    }

    /** @return the peer an adapter curve is measured against (by the framework in its name) */
    static String peerOf(String curve) {
        return curve.contains("Spring AI") ? SPRING_PEER : LANGCHAIN_PEER;
    }

    /** @return true for the two peers' own curves */
    static boolean isPeer(String curve) {
        return SPRING_PEER.equals(curve) || LANGCHAIN_PEER.equals(curve);
    }
}
