package dev.multichat.redis;

import dev.multichat.redis.testing.RedisServerExtension;
import dev.multichat.tck.support.ModulePathCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A user with Multichat on the module path opens a redis: store (the plugin's module-info provides it). */
class ModulePathTest {
    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single("--save", "");

    @Test
    @DisplayName("a JVM with core-api, plugin-redis and Lettuce on the module path opens, writes and reads redis:")
    void opensOnTheModulePath() throws Exception {
        ModulePathCheck.assertOpens(REDIS.uri() + "?prefix=modulepath");
    }
}
