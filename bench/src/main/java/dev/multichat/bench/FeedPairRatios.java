package dev.multichat.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the output of a {@code FeedBench.appendPaired} run (every fork's {@link FeedPairs} lines)
 * and prints, per backend and subscriber count, the median of all the pair ratios with their
 * count, range and the median rates.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar dev.multichat.bench.FeedPairRatios [file]}
 * (standard input without a file).
 */
public final class FeedPairRatios {
    private static final Pattern LINE = Pattern.compile(
            Pattern.quote(FeedPairs.PAIR) + "(.+): with=([0-9.]+) /s without=([0-9.]+) /s ratio=([0-9.]+)");

    private FeedPairRatios() {
    }

    /**
     * @param args the output file, or none for standard input
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        try (BufferedReader in = args.length > 0
                ? Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            summarise(in).forEach((label, rows) -> System.out.println(line(label, rows)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * @param in the run's output
     * @return per label, the pairs found (with, without, ratio), in the order read
     */
    static Map<String, List<double[]>> summarise(BufferedReader in) {
        Map<String, List<double[]>> rows = new TreeMap<>();
        in.lines().map(LINE::matcher).filter(Matcher::find).forEach(m -> rows
                .computeIfAbsent(m.group(1), k -> new ArrayList<>())
                .add(new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                        Double.parseDouble(m.group(4))}));
        return rows;
    }

    /**
     * @param label the backend and subscriber count
     * @param rows its pairs
     * @return one line: the median ratio, how many pairs, their range, the median rates
     */
    static String line(String label, List<double[]> rows) {
        List<Double> ratios = column(rows, 2);
        return String.format(Locale.ROOT, "%s: median pair ratio %.3f over %d pairs (%.3f to %.3f);"
                + " median rates with %.1f /s, without %.1f /s", label, FeedPairs.median(ratios), rows.size(),
                ratios.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                ratios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
                FeedPairs.median(column(rows, 0)), FeedPairs.median(column(rows, 1)));
    }

    private static List<Double> column(List<double[]> rows, int index) {
        List<Double> values = new ArrayList<>();
        rows.forEach(r -> values.add(r[index]));
        return values;
    }
}
