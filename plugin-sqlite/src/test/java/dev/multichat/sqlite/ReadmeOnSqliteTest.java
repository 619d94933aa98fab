package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.readme.ReadmeExample;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The root README's usage block against a durable store, run twice as a user re-runs a program. */
class ReadmeOnSqliteTest {
    @Test
    @DisplayName("the README's usage block runs twice on one SQLite file: the second run finds the session "
            + "and its append is a replay")
    void runsTwiceOnOneFile(@TempDir Path dir) {
        String uri = "sqlite:" + dir.resolve("chats.db");

        ReadmeExample.Outcome once = ReadmeExample.run(uri);
        ReadmeExample.Outcome twice = ReadmeExample.run(uri);

        ReadmeExample.assertAsCommented(once);
        ReadmeExample.assertAsCommented(twice);
        assertThat(once.first().replayed()).isFalse();
        assertThat(twice.first().replayed()).as("the second run's first append").isTrue();
        assertThat(twice.first().messages()).isEqualTo(once.first().messages());
        assertThat(twice.recent()).isEqualTo(once.recent());
    }
}
