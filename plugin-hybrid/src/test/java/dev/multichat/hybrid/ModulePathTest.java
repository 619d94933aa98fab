package dev.multichat.hybrid;

import dev.multichat.tck.support.ModulePathCheck;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user with Multichat on the module path opens a hybrid: store (the plugin's module-info
 * provides it); its tiers, the core's memory store and plugin-sqlite, are found by the core.
 */
class ModulePathTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a JVM with core-api, plugin-hybrid and plugin-sqlite on the module path opens a hybrid: store")
    void opensOnTheModulePath() throws Exception {
        ModulePathCheck.assertOpens(HybridStoreProvider.builder()
                .tiers("memory:module-path", "sqlite:" + dir.resolve("chats.db")).uri());
    }
}
