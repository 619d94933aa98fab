package dev.multichat.compliance.limits;

import static dev.multichat.compliance.support.Verdicts.passesBoth;
import static dev.multichat.compliance.support.Verdicts.reportedByBoth;

import org.junit.jupiter.api.Test;

class FunctionsLimitTest {

    @Test
    void tenFunctionsSpreadOverNestedLocalAnonymousRecordAndEnumTypesPass() {
        passesBoth("functions/TenFunctionsSpread.java");
    }

    @Test
    void eleventhFunctionInANestedInterfaceIsReportedAtIts_line() {
        reportedByBoth("functions/ElevenFunctionsSpread.java",
                "ElevenFunctionsSpread.java:", "11 functions", "V2 limit of 10");
    }

    @Test
    void enumConstantBodiesCountTowardTheFile() {
        reportedByBoth("functions/EnumConstantBodies.java", "11 functions", "V2 limit of 10");
    }
}
