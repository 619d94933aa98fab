package dev.multichat.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportMainTest {
    @TempDir
    Path dir;

    private static Path sample() throws URISyntaxException {
        return Path.of(ReportMainTest.class.getResource("/sample-jmh.json").toURI());
    }

    private Map<String, Verdict> verdicts() throws IOException, URISyntaxException {
        List<Verdict> verdicts = ReportMain.write(sample(), dir.resolve("out/report.md"), "the command");
        return verdicts.stream().collect(Collectors.toMap(v -> v.target().text(), v -> v));
    }

    @Test
    void judgesEachTargetOnTheMediansOfOneRun() throws Exception {
        Map<String, Verdict> verdicts = verdicts();
        Verdict single = verdicts.get("append, 1 thread, history 1,000 vs raw autocommit insert (sync=full)");
        assertThat(single.ratio()).isEqualTo(0.9);
        assertThat(single.status()).isEqualTo("MET");
        Verdict eight = verdicts.get("append, 8 threads on 8 sessions, history 1,000 vs raw 1-thread insert"
                + " (sync=full)");
        assertThat(eight.ratio()).isEqualTo(2.5);
        assertThat(eight.status()).isEqualTo("MISSED");
    }

    @Test
    void rangeSpansEveryPairOfIterations() throws Exception {
        Verdict single = verdicts().get("append, 1 thread, history 1,000 vs raw autocommit insert (sync=full)");
        assertThat(single.range()[0]).isCloseTo(1700.0 / 2100.0, offset(1e-9));
        assertThat(single.range()[1]).isCloseTo(5000.0 / 1900.0, offset(1e-9));
        Verdict history = verdicts().get("append1 at history 100,000 vs at 10 (sync=full)");
        assertThat(history.range()).containsExactly(1000.0 / 900.0, 1000.0 / 900.0);
    }

    @Test
    void historyTargetsCompareCostsAtMost() throws Exception {
        Map<String, Verdict> verdicts = verdicts();
        Verdict append = verdicts.get("append1 at history 100,000 vs at 10 (sync=full)");
        assertThat(append.ratio()).isCloseTo(1000.0 / 900.0, offset(1e-9));
        assertThat(append.status()).isEqualTo("MET");
        assertThat(verdicts.get("tail20 at history 100,000 vs at 10 (sync=full)").status()).isEqualTo("MISSED");
    }

    @Test
    void targetsWithoutBothRatesAreNotMeasured() throws Exception {
        Map<String, Verdict> verdicts = verdicts();
        assertThat(verdicts.get("append at 1,000 vs the peer adding one message at 1,000 (sync=full)").status())
                .isEqualTo("NOT MEASURED");
        assertThat(verdicts.get("fsync=always append, 1 thread vs raw write + force").status())
                .isEqualTo("NOT MEASURED");
    }

    @Test
    void writesTheMarkdownTables() throws Exception {
        verdicts();
        String page = Files.readString(dir.resolve("out/report.md"));
        assertThat(page).contains("- Command: `the command`")
                .contains("| #5 sqlite | append, 1 thread, history 1,000 vs raw autocommit insert (sync=full) |")
                .contains("| 0.90x | 0.81x - 2.63x | >= 0.8x | **MET** |")
                .contains("| SqliteOneThreadBench.append1 | {history=1000, sync=full} | 1 | 1,800 | 1,700 - 5,000 |");
    }

    @Test
    void aFileThatIsNotJmhJsonIsRefusedWithTheFix() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"not\": \"jmh\"}");
        assertThatThrownBy(() -> ReportMain.write(bad, dir.resolve("r.md"), ""))
                .isInstanceOf(IOException.class).hasMessageContaining("not a JMH JSON result");
    }
}
