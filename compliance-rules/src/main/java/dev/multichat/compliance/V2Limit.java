package dev.multichat.compliance;

/**
 * The six V2 limits with their defaults and the system property that overrides each one.
 *
 * <p>Checkstyle and PMD read their limits from their own configuration (properties of the
 * Checkstyle configuration, rule properties of the PMD ruleset); ArchUnit rules and the
 * compliance report read them from the system properties named here. Thread-safe: immutable.
 */
public enum V2Limit {
    /** Physical lines of a {@code .java} file. */
    FILE_LINES("v2.maxFileLines", 400, "lines"),
    /** Methods and constructors declared anywhere in a file (nested, local, anonymous types too). */
    FUNCTIONS_PER_FILE("v2.maxFunctions", 10, "functions"),
    /** Classes, interfaces, enums, records and annotation types declared in a file. */
    TYPES_PER_FILE("v2.maxTypes", 5, "types"),
    /** Cyclomatic complexity of one method or constructor. */
    COMPLEXITY("v2.maxComplexity", 10, "complexity"),
    /** Parameters of one method or constructor; a record's components count as parameters. */
    PARAMETERS("v2.maxParameters", 5, "parameters"),
    /** Superclasses from the analysed code base above a class. */
    INHERITANCE("v2.maxInheritance", 2, "inheritance levels");

    private final String property;
    private final int defaultValue;
    private final String unit;

    V2Limit(String property, int defaultValue, String unit) {
        this.property = property;
        this.defaultValue = defaultValue;
        this.unit = unit;
    }

    /**
     * Returns the limit in force: the system property {@link #property()} if set, else the default.
     *
     * @throws IllegalArgumentException if the property is set but is not a positive integer
     */
    public int value() {
        String raw = System.getProperty(property);
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(raw.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(invalid(raw), e);
        }
        throw new IllegalArgumentException(invalid(raw));
    }

    private String invalid(String raw) {
        return "System property " + property + "='" + raw + "' is not a positive integer;"
                + " set it to the V2 limit for " + unit + " (default " + defaultValue + ") or unset it";
    }

    /** The system property that overrides this limit, e.g. {@code v2.maxFunctions}. */
    public String property() {
        return property;
    }

    /** The V2 default of this limit. */
    public int defaultValue() {
        return defaultValue;
    }

    /** What the limit counts, in plural, e.g. {@code functions}. */
    public String unit() {
        return unit;
    }
}
