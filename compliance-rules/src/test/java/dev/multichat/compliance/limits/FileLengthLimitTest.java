package dev.multichat.compliance.limits;

import static dev.multichat.compliance.support.Verdicts.passesBoth;
import static dev.multichat.compliance.support.Verdicts.reportedByBoth;

import org.junit.jupiter.api.Test;

class FileLengthLimitTest {

    @Test
    void fileOfExactly400LinesPasses() {
        passesBoth("length/AtLimit400.java");
    }

    @Test
    void fileOf401LinesIsReportedWithCountAndLimit() {
        reportedByBoth("length/Over401.java", "Over401.java:", "401 lines", "V2 limit of 400");
    }
}
