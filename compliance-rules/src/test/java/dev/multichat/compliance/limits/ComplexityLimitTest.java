package dev.multichat.compliance.limits;

import static dev.multichat.compliance.support.Verdicts.passesBoth;
import static dev.multichat.compliance.support.Verdicts.reportedByBoth;

import org.junit.jupiter.api.Test;

class ComplexityLimitTest {

    @Test
    void complexityTenFromIfAndOrTernaryCaseCatchForWhilePasses() {
        passesBoth("complexity/ComplexityTen.java");
    }

    @Test
    void oneMoreCaseMakesElevenAndIsReported() {
        reportedByBoth("complexity/ComplexityEleven.java", "complexity 11", "V2 limit of 10");
    }

    @Test
    void oneMoreCatchMakesElevenAndIsReported() {
        reportedByBoth("complexity/ComplexityElevenByCatch.java", "complexity 11", "V2 limit of 10");
    }

    @Test
    void oneMoreOrMakesElevenAndIsReported() {
        reportedByBoth("complexity/ComplexityElevenByOr.java", "complexity 11", "V2 limit of 10");
    }
}
