package dev.multichat.tck.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

/**
 * For a plugin's own tests: proves that a user with Multichat on the <b>module path</b> can
 * open the plugin's stores. Starts a JVM whose module path holds every explicit or automatic
 * module of this test's class path (core-api, the plugin's classes, their libraries) and whose
 * class path holds the rest, then runs {@link ModulePathMain} there. The plugin needs a
 * {@code module-info} that {@code provides dev.multichat.spi.StoreProvider}.
 */
public final class ModulePathCheck {
    private static final long TIMEOUT_SECONDS = 120;

    private ModulePathCheck() {
    }

    /**
     * @param uri a store URI the plugin serves, e.g. {@code sqlite:/tmp/x/m.db}
     * @throws AssertionError if the child JVM did not open, write and read the store
     * @throws IOException if the child JVM could not be started
     * @throws InterruptedException if interrupted while waiting for it
     */
    public static void assertOpens(String uri) throws IOException, InterruptedException {
        List<String> modules = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            (isModule(Path.of(entry)) ? modules : classes).add(entry);
        }
        Path log = Files.createTempFile("module-path-check", ".log");
        try {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--module-path", String.join(File.pathSeparator, modules), "--add-modules", "ALL-MODULE-PATH",
                    "-cp", String.join(File.pathSeparator, classes), ModulePathMain.class.getName(), uri)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!ended) {
                child.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(ended && child.exitValue() == 0).as("the module-path JVM opened %s; its output:%n%s", uri,
                    output).isTrue();
            assertThat(output).contains("ok dev.multichat.core hello from the module path");
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** @return whether the entry is a module: module-info.class inside, or an Automatic-Module-Name */
    private static boolean isModule(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            return Files.exists(entry.resolve("module-info.class"));
        }
        if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
            return false;
        }
        try (JarFile jar = new JarFile(entry.toFile(), false, JarFile.OPEN_READ, Runtime.version())) {
            boolean named = jar.getManifest() != null
                    && jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name") != null;
            return named || jar.getEntry("module-info.class") != null || jar.isMultiRelease()
                    && jar.getEntry("META-INF/versions/9/module-info.class") != null;
        }
    }
}
