package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.CorruptDataException;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreException;
import dev.multichat.api.StoreUnavailableException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the store must refuse at open, naming the path and changing nothing. */
class BadFileTest {
    @TempDir
    Path dir;

    @Test
    void fileThatIsNotSqliteIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a database\n".repeat(200), StandardCharsets.UTF_8);
        assertRefusedUntouched(file, CorruptDataException.class, "is not a SQLite database");
    }

    @Test
    void truncatedDatabaseIsRefusedUntouched() throws Exception {
        Path file = populated("cut.db");
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size / 2 - (size / 2) % 4096);
        }
        assertRefusedUntouched(file, CorruptDataException.class, "truncated");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(5000);
        }
        assertRefusedUntouched(file, CorruptDataException.class, "truncated");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(60);
        }
        assertRefusedUntouched(file, CorruptDataException.class, "truncated");
    }

    /** A database truncated to nothing by a failed copy or restore is not adopted as a new one. */
    @Test
    void emptyFileIsRefusedUntouchedNamingHowToStartFresh() throws Exception {
        Path file = Files.createFile(dir.resolve("emptied.db"));
        assertRefusedUntouched(file, CorruptDataException.class, "is empty (0 bytes)");
        assertThatThrownBy(() -> Stores.open(file)).hasMessageContaining("delete the empty file");
        assertThat(file).isEmptyFile();
    }

    @Test
    void damagedSchemaPageIsRefusedUntouched() throws Exception {
        Path file = populated("damaged.db");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(100);
            raf.write(new byte[2000]);
            raf.seek(2200);
            raf.write("garbage".repeat(100).getBytes(StandardCharsets.US_ASCII));
        }
        assertRefusedUntouched(file, CorruptDataException.class, "damaged");
    }

    @Test
    void readOnlyFileIsRefusedUntouched() throws Exception {
        Path file = populated("locked.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertRefusedUntouched(file, StoreUnavailableException.class, "read-only");
    }

    @Test
    @DisplayName("a missing parent directory is refused by the core's location rule, naming it, and not created")
    void missingDirectoryIsRefusedAndNotCreated() {
        Path file = dir.resolve("no-such-dir").resolve("chats.db");
        assertThatThrownBy(() -> Stores.open(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("parent directory " + file.getParent() + " does not exist")
                .hasMessageContaining("create " + file.getParent() + " first");
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void directoryInPlaceOfFileIsRefused() throws IOException {
        Path file = Files.createDirectory(dir.resolve("a-directory.db"));
        assertThatThrownBy(() -> Stores.open(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a regular file");
    }

    private Path populated(String name) {
        Path file = dir.resolve(name);
        try (SessionStore store = Stores.open(file)) {
            for (int s = 0; s < 20; s++) {
                store.create(NewSession.of("s" + s, "owner").withTitle("x".repeat(500)));
                store.append(SessionId.of("s" + s), List.of(Stores.draft("y".repeat(3000))));
            }
        }
        assertThat(file.resolveSibling(name + "-wal")).doesNotExist();
        return file;
    }

    private static void assertRefusedUntouched(Path file, Class<? extends StoreException> type, String why)
            throws IOException {
        FileSnapshot before = FileSnapshot.of(file);
        assertThatThrownBy(() -> Stores.open(file))
                .isInstanceOf(type)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(why);
        FileSnapshot after = FileSnapshot.of(file);
        assertThat(after.siblings()).as("directory unchanged").isEqualTo(before.siblings());
        assertThat(after.modified()).as("modification time unchanged").isEqualTo(before.modified());
        assertThat(after.sameAs(before)).as("bytes unchanged").isTrue();
    }
}
