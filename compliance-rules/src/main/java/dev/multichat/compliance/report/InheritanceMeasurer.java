package dev.multichat.compliance.report;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.multichat.compliance.V2Limit;
import dev.multichat.compliance.arch.V2ArchitectureCheck;
import dev.multichat.compliance.arch.V2Rules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Measures inheritance depth over a module's compiled classes (empty if it is not built). */
final class InheritanceMeasurer {

    private InheritanceMeasurer() {
    }

    static List<Measure> measure(Path module) {
        List<Path> dirs = List.of(module.resolve("target/classes"), module.resolve("target/test-classes"))
                .stream().filter(Files::isDirectory).toList();
        List<Measure> measures = new ArrayList<>();
        if (dirs.isEmpty()) {
            return measures;
        }
        List<Path> sources = List.of(module.resolve("src/main/java"), module.resolve("src/test/java"));
        for (JavaClass javaClass : V2ArchitectureCheck.ownClasses(V2ArchitectureCheck.importClasses(dirs), sources)) {
            int depth = V2Rules.ownSuperclasses(javaClass).size();
            measures.add(new Measure(V2Limit.INHERITANCE, javaClass.getName(), depth));
        }
        return measures;
    }
}
