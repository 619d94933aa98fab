package dev.multichat.compliance.report;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader;
import com.puppycrawl.tools.checkstyle.PropertiesExpander;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import dev.multichat.compliance.V2Limit;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Measures a module's main and test sources with the very Checkstyle configuration the build
 * enforces, every limit set to 0 so that each file and function reports its value.
 */
final class SourceMeasurer {

    private static final String CONFIG = "dev/multichat/compliance/checkstyle-v2.xml";

    private SourceMeasurer() {
    }

    static List<Measure> measure(Path module) {
        List<File> files = javaFiles(module);
        if (files.isEmpty()) {
            return List.of();
        }
        Properties zeroLimits = new Properties();
        for (V2Limit limit : V2Limit.values()) {
            zeroLimits.setProperty(limit.property(), "0");
        }
        Checker checker = new Checker();
        MeasureListener listener = new MeasureListener(module.toAbsolutePath());
        try {
            ClassLoader loader = SourceMeasurer.class.getClassLoader();
            checker.setModuleClassLoader(loader);
            checker.configure(ConfigurationLoader.loadConfiguration(
                    loader.getResource(CONFIG).toString(), new PropertiesExpander(zeroLimits)));
            checker.addListener(listener);
            checker.process(files);
        } catch (CheckstyleException e) {
            throw new IllegalStateException("Cannot measure " + module + " with " + CONFIG, e);
        } finally {
            checker.destroy();
        }
        return List.copyOf(listener.measures());
    }

    private static List<File> javaFiles(Path module) {
        List<File> files = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            Path dir = module.resolve(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list sources under " + dir, e);
                }
            }
        }
        return files;
    }
}
