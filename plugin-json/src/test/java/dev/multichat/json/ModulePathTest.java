package dev.multichat.json;

import dev.multichat.tck.support.ModulePathCheck;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user with Multichat on the module path opens a json: store (the plugin's module-info provides it). */
class ModulePathTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a JVM with core-api and plugin-json on the module path opens, writes and reads json:")
    void opensOnTheModulePath() throws Exception {
        ModulePathCheck.assertOpens("json:" + dir.resolve("store"));
    }
}
