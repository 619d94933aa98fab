package dev.multichat.compliance.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs every {@link V2Rules} rule over a module's compiled classes.
 *
 * <p>The parent pom binds {@link #main(String[])} to every module's {@code test} phase through
 * {@code exec-maven-plugin} (goal {@code java}), with the module's {@code target/classes} and
 * {@code target/test-classes} as arguments; no module keeps a copy of a test class.
 */
public final class V2ArchitectureCheck {

    private static final String SOURCES = "--sources=";

    private V2ArchitectureCheck() {
    }

    /**
     * Checks the classes under the given directories (missing ones are skipped).
     *
     * @param args class directories, e.g. {@code target/classes target/test-classes}, and source
     *     roots prefixed {@code --sources=}: when given, only classes compiled from them are
     *     checked (generated code is skipped)
     * @throws IllegalStateException naming every violation, when any rule fails
     */
    public static void main(String[] args) {
        List<Path> dirs = paths(args, false);
        JavaClasses classes = ownClasses(importClasses(dirs), paths(args, true));
        List<String> failures = check(classes);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("V2 architecture rules failed over " + dirs + ":\n"
                    + String.join("\n", failures));
        }
        System.out.println("V2 architecture: " + V2Rules.all().size() + " rules passed over "
                + classes.size() + " classes in " + dirs);
    }

    /** The classes compiled from a file under one of {@code sourceRoots}; all if there are none. */
    public static JavaClasses ownClasses(JavaClasses classes, List<Path> sourceRoots) {
        return sourceRoots.isEmpty() ? classes : classes.that(new SourceFilter(sourceRoots));
    }

    private static List<Path> paths(String[] args, boolean sources) {
        return Arrays.stream(args)
                .filter(arg -> arg.startsWith(SOURCES) == sources)
                .map(arg -> Path.of(sources ? arg.substring(SOURCES.length()) : arg))
                .filter(Files::isDirectory)
                .toList();
    }

    /** Imports the classes of the given directories. */
    public static JavaClasses importClasses(List<Path> dirs) {
        return new ClassFileImporter().importPaths(dirs);
    }

    /** The failure report of every rule of {@link V2Rules#all()} that {@code classes} breach. */
    public static List<String> check(JavaClasses classes) {
        List<String> failures = new ArrayList<>();
        for (ArchRule rule : V2Rules.all()) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                failures.add(result.getFailureReport().toString());
            }
        }
        return failures;
    }
}
