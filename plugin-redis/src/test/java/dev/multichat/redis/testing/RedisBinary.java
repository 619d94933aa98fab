package dev.multichat.redis.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The {@code redis-server} the tests run: the one on {@code PATH} if there is one, else the
 * Linux x86-64 binary that {@code com.github.codemonstur:embedded-redis} ships in its jar
 * (Redis 6.2), copied once per JVM to a temporary file that is deleted at exit.
 */
public final class RedisBinary {
    private static final String EMBEDDED = "/redis-server-6.2.6-v5-linux-amd64";
    private static Path found;

    private RedisBinary() {
    }

    /**
     * @return an executable redis-server
     * @throws IllegalStateException if neither PATH nor the embedded-redis jar has one for this platform
     */
    public static synchronized Path path() {
        if (found == null) {
            found = onPath();
            if (found == null) {
                found = extract();
            }
        }
        return found;
    }

    private static Path onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "redis-server");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Path extract() {
        try (InputStream in = RedisBinary.class.getResourceAsStream(EMBEDDED)) {
            if (in == null) {
                throw new IllegalStateException("no redis-server on PATH and no " + EMBEDDED + " on the test"
                        + " classpath: add com.github.codemonstur:embedded-redis (test scope) or install Redis");
            }
            Path file = Files.createTempFile("redis-server-", "");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            if (!file.toFile().setExecutable(true)) {
                throw new IllegalStateException("cannot make " + file + " executable");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the embedded redis-server", e);
        }
    }
}
