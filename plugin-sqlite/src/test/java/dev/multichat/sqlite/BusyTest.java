package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreUnavailableException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another connection holding the write lock: the store waits up to busy_timeout, then fails
 * with a StoreUnavailableException naming the file and the timeout, and works again once the
 * lock is released. Reads are not blocked meanwhile (WAL).
 */
class BusyTest {
    @TempDir
    Path dir;

    @Test
    void writeLockHeldElsewhereFailsWithinTheTimeoutThenRecovers() throws Exception {
        Path file = dir.resolve("busy.db");
        SessionId id = SessionId.of("s");
        try (SessionStore store = Stores.open(file, "busy_timeout=300ms")) {
            store.create(NewSession.of("s", "owner"));
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement st = other.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                long start = System.nanoTime();
                assertThatThrownBy(() -> store.append(id, List.of(Stores.draft("blocked"))))
                        .isInstanceOf(StoreUnavailableException.class)
                        .hasMessageContaining(file.toString())
                        .hasMessageContaining("busy_timeout=300ms");
                long waitedMs = (System.nanoTime() - start) / 1_000_000;
                assertThat(waitedMs).isBetween(250L, 5_000L);
                assertThat(store.find(id)).as("readers are not blocked by the writer").isPresent();
                st.execute("ROLLBACK");
            }
            assertThat(store.append(id, List.of(Stores.draft("after"))).messages().get(0).seq()).isEqualTo(1);
        }
    }
}
