package dev.multichat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}/{@code import}: byte-exact round trips, line-numbered errors, no half-imported session. */
class ExportImportTest {

    @TempDir
    Path dir;

    private String export(String uri) {
        Cli.Run run = Cli.run("", "export", "--store", uri, "--owner", "alice", "--owner", "bob", "-");
        assertThat(run.code()).as(run.err()).isZero();
        return run.out();
    }

    @Test
    void exportImportExportIsByteIdenticalAcrossStoresAndAReimportWritesNothing() throws IOException {
        String json = "json:" + dir.resolve("a");
        Corpus.build(json + "?fsync=never", 5, 8);
        String original = export(json);
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, original);
        String sqlite = "sqlite:" + dir.resolve("d.db");
        Cli.Run imported = Cli.run("", "import", "--store", sqlite, file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(export(sqlite)).isEqualTo(original);
        Cli.Run again = Cli.run(original, "import", "--store", sqlite, "-");
        assertThat(again.err()).contains("0 messages written");
        assertThat(export(sqlite)).isEqualTo(original);
        String viaStdin = "json:" + dir.resolve("e");
        assertThat(Cli.run(original, "import", "--store", viaStdin, "-").code()).isZero();
        assertThat(export(viaStdin)).isEqualTo(original);
    }

    @Test
    void aBadLineNamesItsNumberAndNoSessionIsHalfImported() throws IOException {
        String json = "json:" + dir.resolve("a");
        Corpus.build(json + "?fsync=never", 3, 4);
        List<String> lines = new ArrayList<>(List.of(export(json).split("\n")));
        int bad = 11;
        int head = 7;
        assertThat(lines.get(bad - 1)).contains("\"type\":\"message\"");
        assertThat(lines.get(head - 1)).contains("\"type\":\"session\"");
        assertThat(lines.subList(head, bad - 1)).allMatch(line -> line.contains("\"type\":\"message\""));
        lines.set(bad - 1, lines.get(bad - 1).replaceFirst("\"role\":\"[a-z]+\"", "\"role\":\"boss\""));
        String broken = String.join("\n", lines) + "\n";
        Files.writeString(dir.resolve("bad.jsonl"), broken);
        String fromFile = "sqlite:" + dir.resolve("f.db");
        Cli.Run file = Cli.run("", "import", "--store", fromFile, dir.resolve("bad.jsonl").toString());
        assertThat(file.code()).isEqualTo(4);
        assertThat(file.err()).contains("line " + bad + ":").contains("role");
        assertThat(export(fromFile)).isEmpty();
        String fromStdin = "sqlite:" + dir.resolve("g.db");
        Cli.Run stdin = Cli.run(broken, "import", "--store", fromStdin, "-");
        assertThat(stdin.code()).isEqualTo(4);
        assertThat(export(fromStdin)).isEqualTo(String.join("\n", lines.subList(0, head - 1)) + "\n");
    }

    @Test
    void structuralErrorsAreCaught() {
        String sqlite = "sqlite:" + dir.resolve("h.db");
        String head = "{\"type\":\"session\",\"id\":\"s\",\"owner\":\"o\","
                + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"messages\":2}\n";
        String msg = "{\"type\":\"message\",\"seq\":%d,\"at\":\"2026-01-01T00:00:01Z\","
                + "\"author\":\"a\",\"role\":\"user\","
                + "\"content\":\"x\"}\n";
        assertThat(Cli.run(head + String.format(msg, 1), "import", "--store", sqlite, "-").err())
                .contains("line 3: session s declares 2 messages but only 1");
        String gap = head + String.format(msg, 1) + String.format(msg, 3);
        assertThat(Cli.run(gap, "import", "--store", sqlite, "-").err())
                .contains("line 3: seq 3 does not follow seq 1");
        assertThat(Cli.run(String.format(msg, 1), "import", "--store", sqlite, "-").err())
                .contains("line 1: a message line before any session line");
        assertThat(Cli.run("{\"type\":\"session\"\n", "import", "--store", sqlite, "-").err()).contains("line 1:");
        assertThat(export(sqlite)).isEmpty();
    }
}
