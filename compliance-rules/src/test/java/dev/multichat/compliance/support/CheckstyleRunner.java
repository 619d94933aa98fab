package dev.multichat.compliance.support;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader;
import com.puppycrawl.tools.checkstyle.PropertiesExpander;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import dev.multichat.compliance.checkstyle.ViolationListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Runs the published Checkstyle configuration (with its defaults, or given overrides) over files. */
public final class CheckstyleRunner {

    private static final String CONFIG = "dev/multichat/compliance/checkstyle-v2.xml";

    private CheckstyleRunner() {
    }

    /** The violations as {@code file:line: message}, with the configuration's default limits. */
    public static List<String> run(List<Path> files) {
        return run(files, new Properties());
    }

    /** The violations as {@code file:line: message}, with {@code properties} overriding limits. */
    public static List<String> run(List<Path> files, Properties properties) {
        Checker checker = new Checker();
        Collector collector = new Collector();
        try {
            String url = CheckstyleRunner.class.getClassLoader().getResource(CONFIG).toString();
            checker.setModuleClassLoader(CheckstyleRunner.class.getClassLoader());
            checker.configure(ConfigurationLoader.loadConfiguration(url, new PropertiesExpander(properties)));
            checker.addListener(collector);
            checker.process(files.stream().map(Path::toFile).toList());
        } catch (CheckstyleException e) {
            throw new IllegalStateException("Checkstyle could not run " + CONFIG + ": " + e.getMessage(), e);
        } finally {
            checker.destroy();
        }
        return collector.violations;
    }

    private static final class Collector extends ViolationListener {
        private final List<String> violations = new ArrayList<>();

        @Override
        public void addError(AuditEvent event) {
            violations.add(Path.of(event.getFileName()).getFileName() + ":" + event.getLine() + ": "
                    + event.getMessage());
        }
    }
}
