package dev.multichat.bench.report;

/**
 * What a target requires of the ratio of two measured rates.
 *
 * @param rule how the rates are compared
 * @param factor the required factor
 */
record Requirement(Rule rule, double factor) {

    /** How two rates are compared. */
    enum Rule {
        /** subject rate / baseline rate >= factor. */
        AT_LEAST,
        /** the subject costs at most factor times the baseline: baseline rate / subject rate &lt;= factor. */
        COST_AT_MOST
    }

    /**
     * @param factor the minimum of subject rate / baseline rate
     * @return the requirement
     */
    static Requirement atLeast(double factor) {
        return new Requirement(Rule.AT_LEAST, factor);
    }

    /**
     * @param factor the maximum of the subject's cost relative to the baseline's
     * @return the requirement
     */
    static Requirement costAtMost(double factor) {
        return new Requirement(Rule.COST_AT_MOST, factor);
    }

    /**
     * @param subjectRate the subject's rate
     * @param baselineRate the baseline's rate
     * @return subject/baseline for AT_LEAST, baseline/subject (the subject's relative cost)
     *     for COST_AT_MOST
     */
    double ratio(double subjectRate, double baselineRate) {
        return rule == Rule.AT_LEAST ? subjectRate / baselineRate : baselineRate / subjectRate;
    }

    /**
     * @param ratio a ratio from {@link #ratio}
     * @return whether it meets this requirement
     */
    boolean met(double ratio) {
        return rule == Rule.AT_LEAST ? ratio >= factor : ratio <= factor;
    }

    @Override
    public String toString() {
        return (rule == Rule.AT_LEAST ? ">= " : "cost <= ") + factor + "x";
    }
}
