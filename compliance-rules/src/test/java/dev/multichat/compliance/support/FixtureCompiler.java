package dev.multichat.compliance.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles a fixture directory with the JDK's compiler, for the rules that read bytecode. */
public final class FixtureCompiler {

    private FixtureCompiler() {
    }

    /** Compiles every .java file under the fixture directory {@code relative} into {@code output}. */
    public static Path compile(String relative, Path output) {
        List<String> arguments = new ArrayList<>(List.of("-d", output.toString(), "--release", "17"));
        try (Stream<Path> files = Files.walk(Fixtures.ROOT.resolve(relative))) {
            files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list fixtures under " + relative, e);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("javac failed (" + status + ") on fixtures " + relative);
        }
        return output;
    }
}
