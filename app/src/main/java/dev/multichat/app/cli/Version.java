package dev.multichat.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code --version}: the app's version from its Maven metadata, and the Java runtime. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"multichat " + of("multichat-app"), "Java " + Runtime.version()};
    }

    /**
     * The version of one of our artifacts on the classpath.
     *
     * @param artifactId e.g. {@code multichat-plugin-sqlite}
     * @return its version, or {@code unknown}
     */
    static String of(String artifactId) {
        String path = "/META-INF/maven/dev.multichat/" + artifactId + "/pom.properties";
        try (InputStream in = Version.class.getResourceAsStream(path)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
