package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreHealth;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The URI's options: defaults, accepted spellings, and refusals that name option, value and rule. */
class OptionsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "synchronous, off, normal or full",
        "busy_timeout, 5 seconds, a whole number with a unit",
        "busy_timeout, 2h, to 1h",
        "pool, 0, 1 to 64",
        "pool, many, 1 to 64",
        "sweep, 5ms, from 10ms",
        "sweep, -1s, a whole number with a unit"})
    void invalidOptionValuesAreRefusedByName(String option, String value, String allowed) {
        StoreConfig config = StoreConfig.of("sqlite:" + dir.resolve("o.db")).withOption(option, value);
        assertThatThrownBy(() -> SessionStores.open(config))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(option).hasMessageContaining(value)
                .hasMessageContaining(allowed);
        assertThat(dir.resolve("o.db")).doesNotExist();
    }

    @Test
    void defaultsAndDeclaredOptions() {
        SqliteSettings settings = SqliteSettings.from(StoreConfig.of("sqlite:data/chats.db"));
        assertThat(settings).isEqualTo(new SqliteSettings(Path.of("data/chats.db"),
                SqliteSettings.Synchronous.FULL, Duration.ofSeconds(5), 4, Duration.ofMinutes(1)));
        assertThat(new SqliteStoreProvider().options())
                .containsExactlyInAnyOrder("synchronous", "busy_timeout", "pool", "sweep");
        assertThatThrownBy(() -> SqliteSettings.from(StoreConfig.of("sqlite:")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sqlite:<path>");
    }

    @Test
    void optionsReachTheDatabase() throws Exception {
        Path file = dir.resolve("n.db");
        try (SessionStore store = Stores.open(file, "synchronous=normal", "pool=2", "sweep=0",
                "busy_timeout=1500ms")) {
            StoreHealth health = store.health();
            assertThat(health.status()).isEqualTo(StoreHealth.Status.UP);
            assertThat(health.details()).containsEntry("synchronous", "normal").containsEntry("pool", "2")
                    .containsEntry("path", file.toString());
            assertThat(RawSql.scalar(file, "PRAGMA journal_mode")).isEqualTo("wal");
        }
    }
}
