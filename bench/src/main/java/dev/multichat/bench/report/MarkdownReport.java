package dev.multichat.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** The Markdown page of one run: the machine, the targets' verdicts, then every result. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    /**
     * @param results the run's results
     * @param verdicts the targets judged on them
     * @param machine the machine, one line
     * @param command how the run was made
     * @return the page
     */
    static String render(List<Measurement> results, List<Verdict> verdicts, String machine, String command) {
        StringBuilder page = new StringBuilder(4096);
        page.append("# Multichat benchmarks: quick profile\n\n")
                .append("- Machine: ").append(machine).append('\n')
                .append("- Shared: other builds may have been running on this machine during the run;"
                        + " absolute figures are noisy, the ratios within this one run are what count.\n")
                .append("- Command: `").append(command).append("`\n")
                .append("- Figures: median of the measured iterations, operations per second (for"
                        + " append10, batches of 10 per second); with 8 threads, all threads together.\n")
                .append("- Verdicts compare medians. The iterations' range is the lowest and highest ratio"
                        + " of any subject iteration to any baseline iteration: a requirement inside it"
                        + " means the run's noise could have decided the verdict.\n\n")
                .append("## Targets\n\n")
                .append("| issue | target | subject | baseline | ratio | iterations' range | required | verdict |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Verdict verdict : verdicts) {
            page.append(targetRow(verdict));
        }
        page.append("\n## All results\n\n")
                .append("| benchmark | parameters | threads | median | min - max |\n")
                .append("|---|---|---|---:|---:|\n");
        for (Measurement result : results) {
            page.append(resultRow(result));
        }
        return page.toString();
    }

    private static String targetRow(Verdict v) {
        Target t = v.target();
        double[] range = v.range();
        return String.format(Locale.ROOT, "| %s | %s | %s: %s | %s: %s | %s | %s - %s | %s | **%s** |%n", t.issue(),
                t.text(), t.subject(), Verdict.rate(v.subject()), t.baseline(), Verdict.rate(v.baseline()),
                Verdict.format(v.ratio()), Verdict.format(range[0]), Verdict.format(range[1]), t.requirement(),
                v.status());
    }

    private static String resultRow(Measurement m) {
        String params = m.params().isEmpty() ? "" : new TreeMap<>(m.params()).toString();
        return String.format(Locale.ROOT, "| %s | %s | %d | %,.0f | %,.0f - %,.0f |%n", m.benchmark(), params,
                m.threads(), m.iterations().median(), m.iterations().min(), m.iterations().max());
    }
}
