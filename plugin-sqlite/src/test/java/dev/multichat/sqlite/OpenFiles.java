package dev.multichat.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The files this JVM holds open, read from {@code /proc/self/fd} (Linux, where the suite runs). */
final class OpenFiles {
    private OpenFiles() {
    }

    /**
     * @param file a database file
     * @return the open files whose path starts with the file's: the database, its WAL and its shm
     * @throws IOException if the descriptors cannot be listed
     */
    static List<String> of(Path file) throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(OpenFiles::target).filter(target -> target.startsWith(file.toString()))
                    .collect(Collectors.toList());
        }
    }

    private static String target(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException e) {
            return "";
        }
    }
}
