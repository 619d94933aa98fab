package dev.multichat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Fresh directories for benchmark data, under the system property {@code multichat.bench.dir}
 * (default: the JVM's temporary directory). It must be on a real disk, not tmpfs, or every
 * fsync is free and the durability benchmarks mean nothing; {@code run-quick.sh} points it at
 * {@code bench/target/bench-data}.
 */
final class DataDir {
    private DataDir() {
    }

    /**
     * @param prefix what the directory is for
     * @return a new empty directory
     */
    static Path create(String prefix) {
        Path root = Path.of(System.getProperty("multichat.bench.dir", System.getProperty("java.io.tmpdir")));
        try {
            Files.createDirectories(root);
            return Files.createTempDirectory(root, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a benchmark data directory under " + root
                    + "; set -Dmultichat.bench.dir to a writable directory on a real disk", e);
        }
    }

    /**
     * Deletes a directory made by {@link #create} with everything in it.
     *
     * @param dir the directory
     */
    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete benchmark data " + dir + "; remove it by hand", e);
        }
    }
}
