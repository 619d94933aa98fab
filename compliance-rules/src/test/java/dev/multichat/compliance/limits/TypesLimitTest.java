package dev.multichat.compliance.limits;

import static dev.multichat.compliance.support.Verdicts.passesBoth;
import static dev.multichat.compliance.support.Verdicts.reportedByBoth;

import org.junit.jupiter.api.Test;

class TypesLimitTest {

    @Test
    void fiveTypesCountingNestedAndLocalButNotAnonymousPass() {
        passesBoth("types/FiveTypes.java");
    }

    @Test
    void sixthTypeAnAnnotationIsReported() {
        reportedByBoth("types/SixTypes.java", "SixTypes.java:", "6 types", "V2 limit of 5");
    }
}
