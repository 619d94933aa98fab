package dev.multichat.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the adapter report (Markdown table with ratios) and chart (PNG) of a JMH run.
 *
 * <p>Usage: {@code AdapterReportMain <jmh-result.json> <report.md> <chart.png> [command...]}. Exit
 * status 0 when both were written, 2 on bad arguments or an unreadable result file.
 */
public final class AdapterReportMain {
    private AdapterReportMain() {
    }

    /** @param args the JMH JSON file, the Markdown file, the PNG file, then the run's command */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: AdapterReportMain <jmh-result.json> <report.md> <chart.png> [command]");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        try {
            Map<String, TreeMap<Integer, Double>> curves = AdapterCurves.of(JmhJson.read(Path.of(args[0])));
            String command = String.join(" ", Arrays.asList(args).subList(3, args.length));
            String table = AdapterTable.render(curves, command);
            Files.writeString(Path.of(args[1]), table, StandardCharsets.UTF_8);
            AdapterChart.write(curves, Path.of(args[2]));
            System.out.print(table);
        } catch (IOException e) {
            System.err.println("cannot make the adapter report from " + args[0] + ": " + e.getMessage()
                    + "; run bench/run-adapters.sh first");
            System.exit(2);
        }
    }
}
