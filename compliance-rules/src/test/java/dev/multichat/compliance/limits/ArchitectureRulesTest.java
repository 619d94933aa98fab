package dev.multichat.compliance.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import dev.multichat.compliance.arch.V2ArchitectureCheck;
import dev.multichat.compliance.arch.V2Rules;
import dev.multichat.compliance.support.FixtureCompiler;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchitectureRulesTest {

    private static ArchitectureFixtures fixtures;

    @BeforeAll
    static void compileArchitectureFixtures(@TempDir Path output) {
        fixtures = ArchitectureFixtures.compile(output);
    }

    private static String report(ArchRule rule) {
        return fixtures.report(rule);
    }

    @Test
    void coreApiUsingAPluginIsReported() {
        assertThat(report(V2Rules.CORE_API_INDEPENDENT_OF_PLUGINS))
                .contains("dev.multichat.api.Leaky", "dev.multichat.sqlite.SqliteProvider")
                .doesNotContain("Model");
    }

    @Test
    void pluginUsingAnotherPluginIsReported() {
        assertThat(report(V2Rules.PLUGINS_INDEPENDENT_OF_EACH_OTHER))
                .contains("dev.multichat.json.UsesSqlite")
                .doesNotContain("Leaky");
    }

    @Test
    void packageCyclesAreReportedButCoreApiPackagesCountAsOne() {
        assertThat(report(V2Rules.NO_PACKAGE_CYCLES))
                .contains("dev.multichat.json.internal.a", "dev.multichat.json.internal.b",
                        "Slice core-api -> \n                Slice dev.multichat.sqlite", "(2 times)")
                .doesNotContain("Slice dev.multichat.api", "Slice dev.multichat.internal");
    }

    @Test
    void publicTypeOutsideApiSpiInternalIsReportedButProviderIsNot() {
        assertThat(report(V2Rules.PUBLIC_SURFACE))
                .contains("dev.multichat.sqlite.PublicHelper")
                .doesNotContain("SqliteProvider", "json.internal", "dev.multichat.api.Leaky");
    }

    @Test
    void publicTypeCompiledAsTestCodeIsNotPartOfTheSurface(@TempDir Path module) {
        Path testClasses = module.resolve("target/test-classes");
        FixtureCompiler.compile("architecture", testClasses);
        JavaClasses tests = V2ArchitectureCheck.importClasses(List.of(testClasses));
        assertThat(V2Rules.PUBLIC_SURFACE.evaluate(tests).hasViolation()).isFalse();
        assertThat(report(V2Rules.PUBLIC_SURFACE)).contains("dev.multichat.sqlite.PublicHelper");
    }

    @Test
    void pluginUsingCoreInternalsIsReported() {
        assertThat(report(V2Rules.CORE_INTERNALS_STAY_INSIDE))
                .contains("dev.multichat.json.UsesCoreInternal")
                .doesNotContain("Class <dev.multichat.api.Model>", "UsesSqlite");
    }

    @Test
    void checkListsEveryBrokenRule() {
        assertThat(V2ArchitectureCheck.check(fixtures.classes())).hasSize(7);
    }
}
