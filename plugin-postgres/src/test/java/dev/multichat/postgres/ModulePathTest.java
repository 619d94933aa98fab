package dev.multichat.postgres;

import dev.multichat.postgres.testing.PostgresServer;
import dev.multichat.postgres.testing.SharedPostgres;
import dev.multichat.tck.support.ModulePathCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user with Multichat on the module path opens a postgresql: store (the plugin's module-info
 * provides it; pgjdbc and HikariCP resolve as modules).
 */
@ExtendWith(PostgresServer.class)
class ModulePathTest {
    @Test
    @DisplayName("a JVM with core-api and plugin-postgres on the module path opens, writes and reads postgresql:")
    void opensOnTheModulePath() throws Exception {
        ModulePathCheck.assertOpens(SharedPostgres.freshUri("&sweep=0"));
    }
}
