package dev.multichat.bench.report;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The adapter run as Markdown: each curve's median cost per history length, and each adapter
 * path's speed-up over its framework's peer at the same history (target: at least
 * {@value #AT_1000}x at 1,000 messages and {@value #AT_10000}x at 10,000) and its growth from 1,000
 * to 10,000 messages (flat: at most {@value #FLAT}x). For SQLite paths, the ratio the same peer
 * has over the path's floor measured in the same run ({@link AdapterCurves#floorOf}): the most any
 * adapter paying one durable commit per add (and, for a window, one read) could reach there.
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
                .append(" same history, against the same framework's peer; floor = that peer's cost / the floor's")
                .append(" (raw SQLite INSERT at the same synchronous setting; a window path adds a raw read of 20):")
                .append(" the best ratio a path that commits durably could reach.\n\n");
        md.append("| way of adding one message | history | median µs | vs peer | target | floor | growth 1k→10k |\n");
        md.append("|---|---:|---:|---:|---|---:|---:|\n");
        curves.forEach((name, points) -> points.forEach((history, micros) -> md.append(row(curves, name, history,
                micros))));
        return md.toString();
    }

    private static String row(Map<String, TreeMap<Integer, Double>> curves, String name, int history, double micros) {
        String ratio = "";
        String target = "";
        Double peer = AdapterCurves.isReference(name) ? null : curves.getOrDefault(AdapterCurves.peerOf(name),
                new TreeMap<>()).get(history);
        String floor = floorRatio(curves, name, history, peer);
        if (peer != null) {
            double speedUp = peer / micros;
            ratio = String.format(Locale.ROOT, "%.0fx", speedUp);
            double wanted = history >= 10_000 ? AT_10000 : history >= 1000 ? AT_1000 : 0;
            target = wanted == 0 ? "" : (speedUp >= wanted ? "MET" : "MISSED") + " (≥ " + (int) wanted + "x)";
        }
        TreeMap<Integer, Double> points = curves.get(name);
        String growth = history == 10_000 && points.containsKey(1000)
                ? growth(micros / points.get(1000), AdapterCurves.isReference(name)) : "";
        return String.format(Locale.ROOT, "| %s | %,d | %,.1f | %s | %s | %s | %s |%n", name, history, micros, ratio,
                target, floor, growth);
    }

    /** @return the peer's cost over the path's floor at this history ("" if either is missing) */
    private static String floorRatio(Map<String, TreeMap<Integer, Double>> curves, String name, int history,
                                     Double peer) {
        String floorName = AdapterCurves.floorOf(name);
        Double floor = floorName == null ? null : curves.getOrDefault(floorName, new TreeMap<>()).get(history);
        return peer == null || floor == null ? "" : String.format(Locale.ROOT, "%.1fx", peer / floor);
    }

    private static String growth(double factor, boolean peer) {
        String text = String.format(Locale.ROOT, "%.2fx", factor);
        return peer ? text : text + (factor <= FLAT ? " flat" : " NOT flat");
    }
}
