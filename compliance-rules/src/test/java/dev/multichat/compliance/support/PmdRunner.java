package dev.multichat.compliance.support;

import java.nio.file.Path;
import java.util.List;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.LanguageRegistry;
import net.sourceforge.pmd.reporting.Report;

/** Runs the published PMD ruleset over files. */
public final class PmdRunner {

    /** The published ruleset, a classpath resource. */
    public static final String RULESET = "dev/multichat/compliance/pmd-v2.xml";

    private PmdRunner() {
    }

    /** The violations as {@code file:line: message} of {@code ruleset} (a path or classpath resource). */
    public static List<String> run(List<Path> files, String ruleset) {
        PMDConfiguration configuration = new PMDConfiguration();
        configuration.setDefaultLanguageVersion(LanguageRegistry.PMD.getLanguageVersionById("java", "17"));
        configuration.addRuleSet(ruleset);
        files.forEach(configuration::addInputPath);
        configuration.setIgnoreIncrementalAnalysis(true);
        try (PmdAnalysis analysis = PmdAnalysis.create(configuration)) {
            Report report = analysis.performAnalysisAndCollectReport();
            if (!report.getProcessingErrors().isEmpty() || !report.getConfigurationErrors().isEmpty()) {
                throw new IllegalStateException("PMD failed: " + report.getProcessingErrors()
                        + report.getConfigurationErrors());
            }
            return report.getViolations().stream()
                    .map(v -> v.getFileId().getFileName() + ":" + v.getBeginLine() + ": " + v.getDescription())
                    .toList();
        }
    }

    /** The violations of the published ruleset with its default limits. */
    public static List<String> run(List<Path> files) {
        return run(files, RULESET);
    }
}
