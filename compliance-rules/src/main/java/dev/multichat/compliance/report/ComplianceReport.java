package dev.multichat.compliance.report;

import dev.multichat.compliance.V2Limit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes, per module, the files (functions, classes) nearest each V2 limit as Markdown, so a
 * reviewer sees the headroom and not only pass or fail.
 *
 * <p>Run: {@code mvn -q -pl compliance-rules compile exec:java} from the project root (see
 * compliance-rules/README.md). Inheritance needs compiled classes: build the modules first.
 */
public final class ComplianceReport {

    /** How many entries per limit the report lists. */
    static final int TOP = 3;

    private ComplianceReport() {
    }

    /**
     * Writes the report.
     *
     * @param args the project root (its subdirectories with a pom.xml are the modules) and the
     *     Markdown file to write
     * @throws IllegalArgumentException if the arguments are not exactly those two
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("Expected 2 arguments: <project root> <report.md>; got "
                    + List.of(args));
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]);
        StringBuilder markdown = new StringBuilder("# V2 compliance report\n\n")
                .append("The entries nearest each limit, per module (main and test code). ")
                .append("Headroom = limit - worst value.\n");
        for (Path module : modules(root)) {
            List<Measure> measures = new ArrayList<>(SourceMeasurer.measure(module));
            measures.addAll(InheritanceMeasurer.measure(module));
            markdown.append(section(root.relativize(module).toString(), measures));
        }
        write(out, markdown.toString());
        System.out.println("V2 compliance report written to " + out.toAbsolutePath());
    }

    static String section(String module, List<Measure> measures) {
        StringBuilder text = new StringBuilder("\n## ").append(module).append("\n\n")
                .append("| limit | max | headroom | nearest |\n|---|---|---|---|\n");
        for (V2Limit limit : V2Limit.values()) {
            List<Measure> top = measures.stream().filter(m -> m.limit() == limit)
                    .sorted(Comparator.comparingInt(Measure::value).reversed()).limit(TOP).toList();
            String headroom = top.isEmpty() ? "-" : String.valueOf(limit.value() - top.get(0).value());
            text.append("| ").append(limit.unit()).append(" | ").append(limit.value()).append(" | ")
                    .append(headroom).append(" | ");
            top.forEach(m -> text.append('`').append(m.where()).append("` ").append(m.value()).append("; "));
            text.append("|\n");
        }
        return text.toString();
    }

    private static List<Path> modules(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                    .filter(dir -> Files.isDirectory(dir.resolve("src")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list modules under " + root, e);
        }
    }

    private static void write(Path out, String text) {
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report to " + out, e);
        }
    }
}
