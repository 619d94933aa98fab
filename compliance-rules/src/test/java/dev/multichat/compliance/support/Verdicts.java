package dev.multichat.compliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions shared by the limit tests: what each tool says about one fixture. */
public final class Verdicts {

    private Verdicts() {
    }

    /** Both Checkstyle and PMD accept the fixture: no violation at all. */
    public static void passesBoth(String fixture) {
        List<java.nio.file.Path> files = List.of(Fixtures.file(fixture));
        assertThat(CheckstyleRunner.run(files)).as("Checkstyle on " + fixture).isEmpty();
        assertThat(PmdRunner.run(files)).as("PMD on " + fixture).isEmpty();
    }

    /**
     * Both Checkstyle and PMD report the fixture exactly once, with a message containing every
     * fragment (e.g. the count and the limit).
     */
    public static void reportedByBoth(String fixture, String... fragments) {
        List<java.nio.file.Path> files = List.of(Fixtures.file(fixture));
        reportedOnce("Checkstyle", CheckstyleRunner.run(files), fragments);
        reportedOnce("PMD", PmdRunner.run(files), fragments);
    }

    /** {@code violations} holds exactly one message, containing every fragment. */
    public static void reportedOnce(String tool, List<String> violations, String... fragments) {
        assertThat(violations).as(tool).hasSize(1);
        assertThat(violations.get(0)).as(tool).contains(fragments);
    }
}
