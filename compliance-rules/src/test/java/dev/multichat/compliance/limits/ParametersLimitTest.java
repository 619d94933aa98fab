package dev.multichat.compliance.limits;

import static dev.multichat.compliance.support.Verdicts.passesBoth;
import static dev.multichat.compliance.support.Verdicts.reportedByBoth;

import org.junit.jupiter.api.Test;

class ParametersLimitTest {

    @Test
    void fiveParametersOnMethodAndConstructorPass() {
        passesBoth("parameters/FiveParameters.java");
    }

    @Test
    void sixParameterMethodIsReported() {
        reportedByBoth("parameters/SixParameterMethod.java", "6 parameters", "V2 limit of 5");
    }

    @Test
    void sixParameterConstructorIsReported() {
        reportedByBoth("parameters/SixParameterConstructor.java", "6 parameters", "V2 limit of 5");
    }

    @Test
    void fiveComponentRecordPasses() {
        passesBoth("parameters/FiveComponentRecord.java");
    }

    @Test
    void sixComponentRecordIsReportedAsSixParameters() {
        reportedByBoth("parameters/SixComponentRecord.java", "6 ", "V2 limit of 5");
    }
}
