package dev.multichat.bench.report;

import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.DoubleStream;

/**
 * A target judged against one run's results.
 *
 * @param target the target
 * @param subject the subject's result, if the run has it
 * @param baseline the baseline's result, if the run has it
 */
record Verdict(Target target, Optional<Measurement> subject, Optional<Measurement> baseline) {

    /**
     * @param target a target
     * @param results a run's results
     * @return the target judged on them
     */
    static Verdict of(Target target, List<Measurement> results) {
        return new Verdict(target, target.subject().in(results), target.baseline().in(results));
    }

    /** @return whether both rates were measured */
    boolean measured() {
        return subject.isPresent() && baseline.isPresent();
    }

    /** @return the compared ratio of medians, or NaN if not measured */
    double ratio() {
        return measured() ? target.requirement().ratio(median(subject), median(baseline)) : Double.NaN;
    }

    /**
     * @return the lowest and highest ratio any measured iteration of the subject and any of the
     *     baseline give (NaN, NaN if not measured): when the requirement lies inside this range,
     *     the run's noise could have decided the verdict
     */
    double[] range() {
        if (!measured()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Scores s = subject.orElseThrow().iterations();
        Scores b = baseline.orElseThrow().iterations();
        Requirement r = target.requirement();
        DoubleSummaryStatistics ratios = DoubleStream.of(r.ratio(s.min(), b.min()), r.ratio(s.min(), b.max()),
                r.ratio(s.max(), b.min()), r.ratio(s.max(), b.max())).summaryStatistics();
        return new double[] {ratios.getMin(), ratios.getMax()};
    }

    /** @return MET, MISSED or NOT MEASURED */
    String status() {
        if (!measured()) {
            return "NOT MEASURED";
        }
        return target.requirement().met(ratio()) ? "MET" : "MISSED";
    }

    /** @return one line: status, target, ratio and both medians */
    String line() {
        return String.format(Locale.ROOT, "%-12s %s %s: %s (iterations %s - %s; required %s); %s = %s, %s = %s",
                status(), target.issue(), target.text(), format(ratio()), format(range()[0]), format(range()[1]),
                target.requirement(),
                target.subject(), rate(subject), target.baseline(), rate(baseline));
    }

    /**
     * @param value a ratio
     * @return it with two decimals and an x, or n/a
     */
    static String format(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2fx", value);
    }

    /**
     * @param result a result, if any
     * @return its median rate, rounded, or "missing"
     */
    static String rate(Optional<Measurement> result) {
        return result.map(m -> String.format(Locale.ROOT, "%,.0f %s", m.iterations().median(), m.unit()))
                .orElse("missing");
    }

    private static double median(Optional<Measurement> result) {
        return result.orElseThrow().iterations().median();
    }
}
