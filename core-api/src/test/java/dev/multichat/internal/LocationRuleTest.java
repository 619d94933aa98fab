package dev.multichat.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreConfig;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** File schemes take a path, never an authority: sqlite://chats.db would silently mean /chats.db. */
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

    private final Registry registry = new Registry(() -> List.of(new FileProvider(),
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
}
