package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.json.internal.files.SessionPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** URI options are checked, and no input makes the store write outside its directory. */
class OptionsAndPathsTest {
    @TempDir
    Path parent;

    @Test
    @DisplayName("an unknown fsync or sweep value is refused naming the option, the value and what is allowed")
    void badOptions() {
        Path dir = parent.resolve("store");
        assertThatThrownBy(() -> SessionStores.open("json:" + dir + "?fsync=sometimes"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContainingAll("fsync", "sometimes", "always", "batch", "never");
        assertThatThrownBy(() -> SessionStores.open("json:" + dir + "?sweep=soon"))
                .isInstanceOf(InvalidInputException.class).hasMessageContainingAll("sweep", "soon", "2s", "off");
        assertThatThrownBy(() -> SessionStores.open("json:")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("names no directory");
        assertThat(SessionStores.providers()).anySatisfy(p -> assertThat(p.scheme()).isEqualTo("json"));
    }

    @Test
    @DisplayName("a location that is a regular file is a configuration error naming the path, not a retryable outage")
    void locationIsAFile() throws IOException {
        Path file = Files.writeString(parent.resolve("chats.txt"), "not a directory");
        assertThatThrownBy(() -> SessionStores.open("json:" + file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContainingAll(file.toString(), "is a file, not a directory");
        assertThat(Files.readString(file)).isEqualTo("not a directory");
    }

    @Test
    @DisplayName("the store creates its own directory but refuses a missing parent, naming it and creating nothing")
    void missingParentRefused() throws IOException {
        Path dir = parent.resolve("no-such-parent").resolve("store");
        assertThatThrownBy(() -> SessionStores.open("json:" + dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContainingAll("parent directory " + dir.getParent() + " does not exist",
                        "create " + dir.getParent() + " first");
        assertThat(dir.getParent()).doesNotExist();
        Files.createDirectory(dir.getParent());
        SessionStores.open("json:" + dir).close();
        assertThat(dir).isDirectory();
    }

    @Test
    @DisplayName("a relative directory and every fsync mode open a working store")
    void relativeDirectoryAndModes() throws IOException {
        for (String mode : List.of("always", "batch", "never")) {
            Path dir = Files.createTempDirectory(Path.of("target"), "relative-");
            try (SessionStore store = SessionStores.open("json:" + dir + "?sweep=off&fsync=" + mode)) {
                store.create(NewSession.of("s", "o"));
                assertThat(store.append(SessionId.of("s"), TestStores.drafts("m", 3)).messages()).hasSize(3);
                assertThat(store.health().details()).containsEntry("fsync", mode);
            }
            assertThat(dir.resolve("sessions")).isDirectory();
            Lifecycle.deleteTree(dir);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "..", "a/b", "/etc/passwd", ".hidden", "a\\b", "x y", ""})
    @DisplayName("ids with path syntax never reach the file system")
    void pathSyntaxRefused(String id) {
        assertThatThrownBy(() -> SessionId.of(id)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("odd but valid ids stay inside <dir>/sessions/<shard>/ and nothing is written outside the directory")
    void oddIdsStayInside() throws IOException {
        Path dir = parent.resolve("store");
        List<String> ids = List.of("a..", "-", ":", "a:..:b", "_..", "x".repeat(128), "a.b.c", "..".replace(".", "-"));
        try (SessionStore store = TestStores.open(dir, "")) {
            for (String id : ids) {
                Path sessionDir = new SessionPaths(dir.toRealPath()).dir(SessionId.of(id));
                assertThat(sessionDir.getParent().getParent()).isEqualTo(dir.toRealPath().resolve("sessions"));
                store.create(NewSession.of(id, "o"));
                store.append(SessionId.of(id), TestStores.drafts("m", 1));
                assertThat(store.delete(SessionId.of(id))).isTrue();
                store.create(NewSession.of(id, "o"));
            }
        }
        try (Stream<Path> outside = Files.list(parent)) {
            assertThat(outside).containsExactly(dir);
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().equals("session.json"))).hasSize(ids.size());
        }
    }
}
