package dev.multichat.json;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Starts {@link ChildMain} (or another test main class) in a separate JVM on this test's class path. */
final class Children {
    private Children() {
    }

    static Process start(String... args) throws IOException {
        return startMain(ChildMain.class, args);
    }

    /** Starts {@code main}'s {@code main(args)} in a child JVM. */
    static Process startMain(Class<?> main, String... args) throws IOException {
        return new ProcessBuilder(command(main, args)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Starts the child under {@code ulimit -f <blocks>} (512-byte blocks): a real full disk for its files. */
    static Process startLimited(int blocks, String... args) throws IOException {
        StringBuilder line = new StringBuilder("ulimit -f ").append(blocks).append(" && exec");
        for (String word : command(ChildMain.class, args)) {
            line.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        return new ProcessBuilder("/bin/sh", "-c", line.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static List<String> command(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", classPath(), main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** @return this test's class path without the test libraries: a child starts faster */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith(".jar") || entry.matches(".*(core-api|jackson|slf4j|caffeine).*"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
