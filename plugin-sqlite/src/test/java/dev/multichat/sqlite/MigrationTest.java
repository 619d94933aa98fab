package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.MessageRange;
import dev.multichat.api.PluginException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema versions: an older file is migrated forward with its data; a newer one is refused untouched. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void versionOneFileIsMigratedWithItsData() throws Exception {
        Path file = dir.resolve("v1.db");
        RawSql.exec(file, Migrations.script(1).toArray(String[]::new));
        RawSql.exec(file, "PRAGMA user_version = 1",
                "INSERT INTO sessions VALUES ('old', 'owner', 'kept', '1:k1:v', 0, 0, 1000, 2000, NULL, 3, 2)",
                "INSERT INTO messages VALUES ('old', 1, 'm1', 'alice', 'USER', 'first', '', 1500)",
                "INSERT INTO messages VALUES ('old', 2, NULL, 'bot', 'ASSISTANT', 'second', '5:model3:gpt', 2000)");
        assertThat(indexes(file)).doesNotContain("sessions_by_expiry");
        try (SessionStore store = Stores.open(file)) {
            ChatSession old = store.find(SessionId.of("old")).orElseThrow();
            assertThat(old.info().title()).isEqualTo("kept");
            assertThat(old.info().metadata()).containsEntry("k", "v");
            assertThat(old.version()).isEqualTo(3);
            List<ChatMessage> messages = store.read(old.id(), MessageRange.all());
            assertThat(messages).extracting(ChatMessage::content).containsExactly("first", "second");
            assertThat(messages.get(1).draft().attributes()).containsEntry("model", "gpt");
            assertThat(store.append(old.id(), List.of(Stores.draft("third"))).messages().get(0).seq())
                    .isEqualTo(3);
        }
        assertThat(RawSql.scalar(file, "PRAGMA user_version")).isEqualTo(Integer.toString(Migrations.CURRENT));
        assertThat(indexes(file)).contains("sessions_by_expiry", "sessions_by_owner", "messages_by_msg_id");
    }

    @Test
    void newerSchemaIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("future.db");
        RawSql.exec(file, "CREATE TABLE sessions (id TEXT PRIMARY KEY, shiny_new_column BLOB)",
                "PRAGMA user_version = " + (Migrations.CURRENT + 1));
        FileSnapshot before = FileSnapshot.of(file);
        assertThatThrownBy(() -> Stores.open(file))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("schema version " + (Migrations.CURRENT + 1))
                .hasMessageContaining("version " + Migrations.CURRENT)
                .hasMessageContaining("left unchanged");
        assertThat(FileSnapshot.of(file).sameAs(before)).isTrue();
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        RawSql.exec(file, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
        FileSnapshot before = FileSnapshot.of(file);
        assertThatThrownBy(() -> Stores.open(file))
                .isInstanceOf(CorruptDataException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("another application");
        assertThat(FileSnapshot.of(file).sameAs(before)).isTrue();
    }

    /** A step failing after the writer connection opened closes it (and all else) before the error propagates. */
    @Test
    void aFailedMigrationIsRolledBackAndLeavesNothingOpen() throws Exception {
        Path file = dir.resolve("blocked.db");
        RawSql.exec(file, Migrations.script(1).toArray(String[]::new));
        RawSql.exec(file, "PRAGMA user_version = 1", "CREATE TABLE sessions_by_expiry (x)");
        assertThatThrownBy(() -> Stores.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("sessions_by_expiry");
        assertThat(RawSql.scalar(file, "PRAGMA user_version")).isEqualTo("1");
        assertThat(OpenFiles.of(file)).as("descriptors of this JVM").isEmpty();
    }

    private static List<String> indexes(Path file) throws SQLException {
        return RawSql.column(file, "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name");
    }
}
