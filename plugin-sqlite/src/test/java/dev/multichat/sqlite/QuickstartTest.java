package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickstartTest {
    @Test
    @DisplayName("the README's quickstart, run twice on one file, keeps both turns")
    void quickstartKeepsHistoryAcrossRuns(@TempDir Path dir) {
        String uri = "sqlite:" + dir.resolve("quick.db");
        Quickstart.main(new String[] {uri});
        Quickstart.main(new String[] {uri});
        try (SessionStore store = SessionStores.open(uri)) {
            assertThat(store.find(SessionId.of("quickstart")).orElseThrow().lastSeq()).isEqualTo(4);
        }
    }
}
