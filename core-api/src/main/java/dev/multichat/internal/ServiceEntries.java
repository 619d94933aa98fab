package dev.multichat.internal;

import dev.multichat.spi.StoreProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/** Finds which jar's {@code META-INF/services} file lists a provider class, for error messages. */
final class ServiceEntries {
    /** The service file every plugin jar holds. */
    static final String FILE = "META-INF/services/" + StoreProvider.class.getName();

    private ServiceEntries() {
    }

    /**
     * @param loader the loader the providers were looked up with, or null if unknown
     * @param message a {@link java.util.ServiceConfigurationError}'s message, which names the class
     * @return the jars (or directories) whose service file lists a class the message names;
     *     empty if none could be found
     */
    static List<String> sourcesNamedIn(ClassLoader loader, String message) {
        List<String> sources = new ArrayList<>();
        if (loader == null || message == null) {
            return sources;
        }
        try {
            Enumeration<URL> files = loader.getResources(FILE);
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                if (lists(file, message)) {
                    sources.add(source(file));
                }
            }
        } catch (IOException e) {
            sources.add("(the service files could not be read: " + e.getMessage() + ")");
        }
        return sources;
    }

    private static boolean lists(URL file, String message) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
            return in.lines().map(line -> line.replaceFirst("#.*", "").strip())
                    .anyMatch(entry -> !entry.isEmpty() && message.contains(entry));
        }
    }

    /** @return {@code file:/x/plugin.jar} for {@code jar:file:/x/plugin.jar!/META-INF/...}, else the directory */
    private static String source(URL file) {
        String text = file.toString();
        int bang = text.indexOf("!/");
        if (text.startsWith("jar:") && bang > 0) {
            return text.substring("jar:".length(), bang);
        }
        return text.endsWith(FILE) ? text.substring(0, text.length() - FILE.length()) : text;
    }
}
