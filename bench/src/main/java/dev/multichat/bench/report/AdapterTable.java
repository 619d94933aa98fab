package dev.multichat.bench.report;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The adapter run as Markdown: each curve's median cost per history length, and each adapter
 * path's speed-up over its framework's peer at the same history (target: at least
 * {@value #AT_1000}x at 1,000 messages and {@value #AT_10000}x at 10,000) and its growth from 1,000
 * to 10,000 messages (flat: at most {@value #FLAT}x).
 */
final class AdapterTable {
    static final double AT_1000 = 20;
    static final double AT_10000 = 100;
    static final double FLAT = 1.5;

    private AdapterTable() {
    }

    static String render(Map<String, TreeMap<Integer, Double>> curves, String command) {
        StringBuilder md = new StringBuilder("# Adapters: adding one message, against the frameworks' own memory\n\n");
        md.append("- Command: `").append(command).append("`\n");
        md.append("- Machine: ").append(Machine.describe()).append(" (when the report was written)\n");
        md.append("- Medians of the measured iterations; ratio = the peer's median cost / the adapter path's, at the")
                .append(" same history, against the same framework's peer.\n\n");
        md.append("| way of adding one message | history | median µs | vs peer | target | growth 1k→10k |\n");
        md.append("|---|---:|---:|---:|---|---:|\n");
        curves.forEach((name, points) -> points.forEach((history, micros) -> md.append(row(curves, name, history,
                micros))));
        return md.toString();
    }

    private static String row(Map<String, TreeMap<Integer, Double>> curves, String name, int history, double micros) {
        String ratio = "";
        String target = "";
        Double peer = AdapterCurves.isPeer(name) ? null : curves.getOrDefault(AdapterCurves.peerOf(name),
                new TreeMap<>()).get(history);
        if (peer != null) {
            double speedUp = peer / micros;
            ratio = String.format(Locale.ROOT, "%.0fx", speedUp);
            double wanted = history >= 10_000 ? AT_10000 : history >= 1000 ? AT_1000 : 0;
            target = wanted == 0 ? "" : (speedUp >= wanted ? "MET" : "MISSED") + " (≥ " + (int) wanted + "x)";
        }
        TreeMap<Integer, Double> points = curves.get(name);
        String growth = history == 10_000 && points.containsKey(1000)
                ? growth(micros / points.get(1000), AdapterCurves.isPeer(name)) : "";
        return String.format(Locale.ROOT, "| %s | %,d | %,.1f | %s | %s | %s |%n", name, history, micros, ratio,
                target, growth);
    }

    private static String growth(double factor, boolean peer) {
        String text = String.format(Locale.ROOT, "%.2fx", factor);
        return peer ? text : text + (factor <= FLAT ? " flat" : " NOT flat");
    }
}
