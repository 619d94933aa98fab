package dev.multichat.compliance.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.compliance.arch.V2Rules;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules that keep the TCK's jqwik machinery out of its public API. */
class TckArchitectureRulesTest {

    private static ArchitectureFixtures fixtures;

    @BeforeAll
    static void compileArchitectureFixtures(@TempDir Path output) {
        fixtures = ArchitectureFixtures.compile(output);
    }

    @Test
    void publicTckClassUsingJqwikIsReportedButContractsAndHiddenOnesAreNot() {
        assertThat(fixtures.report(V2Rules.TCK_JQWIK_NOT_PUBLIC))
                .contains("dev.multichat.tck.PublicGenerator")
                .doesNotContain("HiddenGenerator", "ScriptContract");
    }

    @Test
    void tckModelMayUseJqwikButNothingOutsideTheTckMayUseIt() {
        assertThat(fixtures.report(V2Rules.TCK_JQWIK_NOT_PUBLIC)).doesNotContain("ScriptGenerator");
        assertThat(fixtures.report(V2Rules.TCK_MODEL_STAYS_INSIDE)).contains("dev.multichat.json.UsesTckModel")
                .doesNotContain("Class <dev.multichat.tck.");
    }
}
