package dev.multichat.compliance.limits;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import dev.multichat.compliance.arch.V2ArchitectureCheck;
import dev.multichat.compliance.support.FixtureCompiler;
import java.nio.file.Path;
import java.util.List;

/** The architecture fixtures, compiled once per test class that checks rules against them. */
final class ArchitectureFixtures {

    private final JavaClasses classes;

    private ArchitectureFixtures(JavaClasses classes) {
        this.classes = classes;
    }

    static ArchitectureFixtures compile(Path output) {
        FixtureCompiler.compile("architecture", output);
        return new ArchitectureFixtures(V2ArchitectureCheck.importClasses(List.of(output)));
    }

    JavaClasses classes() {
        return classes;
    }

    String report(ArchRule rule) {
        return rule.evaluate(classes).getFailureReport().toString();
    }
}
