package dev.multichat.tck.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Public test helper: one temporary directory for a test class's stores, with a fresh path per
 * store, removed when the test JVM exits (jqwik runs the model-based property outside JUnit
 * Jupiter's lifecycle, so {@code @TempDir} cannot serve {@link dev.multichat.tck.StoreFixture#openStore}).
 * Thread-safe.
 */
public final class ScratchDirectory {
    private final Path root;
    private final AtomicLong count = new AtomicLong();

    private ScratchDirectory(Path root) {
        this.root = root;
    }

    /**
     * @param prefix the directory name's prefix, e.g. {@code multichat-sqlite-tck}
     * @return a new, empty directory under the system's temporary directory
     * @throws UncheckedIOException if it cannot be created
     */
    public static ScratchDirectory create(String prefix) {
        try {
            Path root = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
            return new ScratchDirectory(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory", e);
        }
    }

    /** @return the directory */
    public Path root() {
        return root;
    }

    /**
     * @param name what the path is for, e.g. {@code store.db}
     * @return a path inside the directory that no earlier call returned; nothing is created
     */
    public Path fresh(String name) {
        return root.resolve(count.incrementAndGet() + "-" + name);
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + root + ": " + e);
        }
    }
}
