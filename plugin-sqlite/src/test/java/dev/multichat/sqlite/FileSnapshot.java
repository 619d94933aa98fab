package dev.multichat.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * A file's bytes and modification time plus the names in its directory, to prove that a
 * refused open changed nothing (not even by leaving a -wal or -shm file behind).
 *
 * @param bytes the file's content
 * @param modified its modification time
 * @param siblings the names in its directory
 */
record FileSnapshot(byte[] bytes, FileTime modified, List<String> siblings) {
    static FileSnapshot of(Path file) throws IOException {
        try (Stream<Path> list = Files.list(file.getParent())) {
            return new FileSnapshot(Files.readAllBytes(file), Files.getLastModifiedTime(file),
                    list.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** @return whether {@code other} has the same bytes, time and directory listing */
    boolean sameAs(FileSnapshot other) {
        return java.util.Arrays.equals(bytes, other.bytes) && modified.equals(other.modified)
                && siblings.equals(other.siblings);
    }
}
