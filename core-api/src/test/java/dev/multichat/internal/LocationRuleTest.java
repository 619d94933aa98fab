package dev.multichat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File schemes take a path, never an authority (sqlite://chats.db would silently mean /chats.db),
 * and a store creates its own location but never a missing parent directory.
 */
class LocationRuleTest {
    /** A file-based provider, as sqlite: and json: declare themselves. */
    private static final class FileProvider extends TestProviders.Recording {
        FileProvider() {
            super("files", Set.of());
        }

        @Override
        public boolean fileBased() {
            return true;
        }
    }

    private final FileProvider files = new FileProvider();
    private final Registry registry = new Registry(() -> List.of(files,
            new TestProviders.Recording("net", Set.of())));

    @Test
    @DisplayName("scheme://path is refused for a file scheme, showing the relative and the absolute spelling")
    void authorityRefused() {
        assertThatThrownBy(() -> registry.open(StoreConfig.of("files://chats.db")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("files:chats.db").hasMessageContaining("files:/chats.db");
        assertThatThrownBy(() -> registry.open(StoreConfig.of("files:///var/lib/chats.db")))
                .hasMessageContaining("files:/var/lib/chats.db");
    }

    @Test
    @DisplayName("paths open; an authority is fine for a scheme that is not file-based")
    void pathsAndServersOpen() {
        registry.open(StoreConfig.of("files:chats.db")).close();
        registry.open(StoreConfig.of("files:/var/lib/chats.db")).close();
        registry.open(StoreConfig.of("net://host:1234/0")).close();
    }

    @Test
    @DisplayName("a missing parent directory is refused, naming it; the provider is not called")
    void missingParentRefused(@TempDir Path dir) {
        Path parent = dir.resolve("no/such");
        assertThatThrownBy(() -> registry.open(StoreConfig.of("files:" + parent.resolve("chats.db"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("parent directory " + parent + " does not exist")
                .hasMessageContaining("create " + parent + " first");
        assertThat(parent.getParent()).doesNotExist();
        assertThat(files.opened).hasNullValue();
    }

    @Test
    @DisplayName("a parent that is a regular file is refused as not a directory")
    void parentIsFileRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        assertThatThrownBy(() -> registry.open(StoreConfig.of("files:" + file.resolve("chats.db"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("parent directory " + file + " is not a directory");
    }

    @Test
    @DisplayName("the location itself need not exist, its parent must; servers are not checked")
    void ownLocationMayBeMissing(@TempDir Path dir) {
        registry.open(StoreConfig.of("files:" + dir.resolve("new-store"))).close();
        registry.open(StoreConfig.of("net:/no/such/dir/x")).close();
    }
}
