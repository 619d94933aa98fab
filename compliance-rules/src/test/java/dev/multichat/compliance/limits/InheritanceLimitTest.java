package dev.multichat.compliance.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.multichat.compliance.arch.V2ArchitectureCheck;
import dev.multichat.compliance.arch.V2Rules;
import dev.multichat.compliance.support.FixtureCompiler;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InheritanceLimitTest {

    private static EvaluationResult result;

    @BeforeAll
    static void checkDeepExceptionHierarchy(@TempDir Path classes) {
        FixtureCompiler.compile("inheritance", classes);
        JavaClasses imported = V2ArchitectureCheck.importClasses(List.of(classes));
        result = V2Rules.INHERITANCE_DEPTH.evaluate(imported);
    }

    @Test
    void onlyTheClassWithThreeOwnSuperclassesIsReported() {
        assertThat(result.getFailureReport().getDetails()).hasSize(1);
    }

    @Test
    void reportNamesClassFileCountAndLimit() {
        assertThat(result.getFailureReport().getDetails().get(0))
                .contains("ExpiredSessionNotFoundFailure", "ExpiredSessionNotFoundFailure.java",
                        "3 levels", "SessionNotFoundFailure -> NotFoundFailure -> StoreFailure",
                        "V2 limit of 2");
    }

    @Test
    void jdkSuperclassesAboveTheHierarchyDoNotCount() {
        assertThat(result.getFailureReport().toString())
                .doesNotContain("RuntimeException ->", "(SessionNotFoundFailure.java");
    }
}
