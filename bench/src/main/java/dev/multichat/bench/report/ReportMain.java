package dev.multichat.bench.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the Markdown report of a JMH run and prints each target's verdict.
 *
 * <p>Usage: {@code ReportMain <jmh-result.json> <report.md> [command that made the run...]}.
 * Exit status 0 when the report was written (a missed target is a result, not an error), 2
 * on bad arguments or an unreadable result file.
 */
public final class ReportMain {
    private ReportMain() {
    }

    /**
     * @param args the JMH JSON file, the Markdown file to write, then the run's command
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        if (args.length < 2) {
            System.err.println("usage: ReportMain <jmh-result.json> <report.md> [command that made the run]");
            System.exit(2);
        }
        try {
            List<Verdict> verdicts = write(Path.of(args[0]), Path.of(args[1]),
                    String.join(" ", Arrays.asList(args).subList(2, args.length)));
            verdicts.forEach(v -> out.println(v.line()));
            out.println("report written to " + args[1]);
        } catch (IOException e) {
            System.err.println("cannot make the report from " + args[0] + ": " + e.getMessage()
                    + "; run the benchmarks first with -rf json -rff " + args[0]);
            System.exit(2);
        }
    }

    /**
     * Reads a JMH JSON file and writes its Markdown report.
     *
     * @param json the JMH JSON result file
     * @param markdown the report to write
     * @param command how the run was made, for the report
     * @return the targets' verdicts
     * @throws IOException if reading or writing fails
     */
    static List<Verdict> write(Path json, Path markdown, String command) throws IOException {
        List<Measurement> results = JmhJson.read(json);
        List<Verdict> verdicts = Targets.all().stream().map(t -> Verdict.of(t, results)).toList();
        Path parent = markdown.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(markdown, MarkdownReport.render(results, verdicts, Machine.describe(), command),
                StandardCharsets.UTF_8);
        return verdicts;
    }
}
