package dev.multichat.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdapterReportTest {

    @TempDir
    Path dir;

    private static Measurement m(String benchmark, Map<String, String> params, double opsPerSecond) {
        return new Measurement(benchmark, params, 1, new Scores(new double[] {opsPerSecond}), "ops/s");
    }

    private static List<Measurement> run() {
        return List.of(
                m("PeerBench.addOne", Map.of("messages", "1000", "sync", "full"), 100),
                m("PeerBench.addOne", Map.of("messages", "10000", "sync", "full"), 10),
                m("PeerBench.addOne", Map.of("messages", "1000", "sync", "normal"), 999),
                m("AdapterAddBench.springAiChatMemory", Map.of("backend", "sqlite", "messages", "1000"), 3000),
                m("AdapterAddBench.springAiChatMemory", Map.of("backend", "sqlite", "messages", "10000"), 900),
                m("LangChain4jPeerBench.addOne", Map.of("messages", "1000", "sync", "full"), 50),
                m("AdapterAddBench.langchain4jChatMemory", Map.of("backend", "json", "messages", "1000"), 500),
                m("AdapterAddBench.langchain4jWindowOverStore", Map.of("backend", "sqlite", "messages", "1000"), 400),
                m("AdapterAddBench.storeAppend", Map.of("backend", "sqlite", "messages", "1000"), 3300),
                m("RawSqliteBench.insert", Map.of("sync", "full"), 4000),
                m("RawSqliteBench.insert", Map.of("sync", "normal"), 40_000),
                m("RawSqliteBench.selectLast20", Map.of("sync", "full"), 20_000),
                m("SqliteOneThreadBench.append1", Map.of("history", "10"), 1));
    }

    @Test
    void curvesAreMicrosecondsPerAddByPathAndBackendLeavingOtherRunsOut() {
        Map<String, TreeMap<Integer, Double>> curves = AdapterCurves.of(run());
        assertThat(curves).containsOnlyKeys(AdapterCurves.SPRING_PEER, AdapterCurves.LANGCHAIN_PEER,
                "sqlite: Spring AI ChatMemory", "json: LangChain4j ChatMemory", "sqlite: LangChain4j window over store",
                "sqlite: " + AdapterCurves.STORE_APPEND, AdapterCurves.FLOOR_COMMIT, AdapterCurves.FLOOR_READ);
        assertThat(curves.get(AdapterCurves.SPRING_PEER)).containsEntry(1000, 10_000.0).containsEntry(10000, 100_000.0);
    }

    @Test
    void theFloorsAreTheFullSyncRawFiguresDrawnFlatAtEveryHistory() {
        Map<String, TreeMap<Integer, Double>> curves = AdapterCurves.of(run());
        assertThat(curves.get(AdapterCurves.FLOOR_COMMIT)).containsExactly(Map.entry(1000, 250.0),
                Map.entry(10000, 250.0));
        assertThat(curves.get(AdapterCurves.FLOOR_READ)).containsExactly(Map.entry(1000, 300.0),
                Map.entry(10000, 300.0));
    }

    @Test
    void theTableStatesEachRatioAgainstItsOwnFrameworksPeerAndTheGrowth() {
        String table = AdapterTable.render(AdapterCurves.of(run()), "cmd");
        assertThat(table).contains("| sqlite: Spring AI ChatMemory | 1,000 | 333.3 | 30x | MET (≥ 20x) | 40.0x |")
                .contains("| sqlite: Spring AI ChatMemory | 10,000 | 1,111.1 | 90x | MISSED (≥ 100x) | 400.0x"
                        + " | 3.33x NOT flat |")
                .contains("| sqlite: LangChain4j window over store | 1,000 | 2,500.0 | 8x | MISSED (≥ 20x) | 66.7x |")
                .contains("| json: LangChain4j ChatMemory | 1,000 | 2,000.0 | 10x | MISSED (≥ 20x) |  |")
                .contains("| " + AdapterCurves.FLOOR_COMMIT + " | 1,000 | 250.0 |  |  |  |  |")
                .contains("| sqlite: " + AdapterCurves.STORE_APPEND + " | 1,000 | 303.0 |  |  |  |  |");
    }

    @Test
    void theChartIsAPng() throws Exception {
        Path png = dir.resolve("adapters.png");
        System.setProperty("java.awt.headless", "true");
        AdapterChart.write(AdapterCurves.of(run()), png);
        byte[] head = Files.readAllBytes(png);
        assertThat(head.length).isGreaterThan(1000);
        assertThat(new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
