package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.Ttl;
import dev.multichat.tck.KeepingProvider;
import dev.multichat.tck.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The expiry sweep deletes expired sessions and their messages in small transactions. */
class SweepTest {
    @TempDir
    Path dir;

    @Test
    void sweepDeletesExpiredDataInBatchesAndKeepsLiveData() throws Exception {
        Path file = dir.resolve("sweep.db");
        MutableClock clock = new MutableClock();
        StoreConfig config = StoreConfig.of("sqlite:" + file + "?sweep=0").withClock(clock);
        KeepingProvider.Opened opened = KeepingProvider.open(new SqliteStoreProvider(), config);
        SqliteLifecycle backend = opened.lifecycle(SqliteLifecycle.class);
        try (SessionStore store = opened.store()) {
            Ttl minute = Ttl.absolute(Duration.ofMinutes(1));
            store.create(NewSession.of("doomed", "owner").withTtl(minute));
            store.create(NewSession.of("doomed-empty", "owner").withTtl(minute));
            store.create(NewSession.of("kept", "owner"));
            List<MessageDraft> hundred = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                hundred.add(Stores.draft("m" + i));
            }
            for (int i = 0; i < 12; i++) {
                store.append(SessionId.of("doomed"), hundred);
            }
            store.append(SessionId.of("kept"), hundred.subList(0, 3));
            assertThat(backend.sweep()).as("nothing has expired yet").isZero();

            clock.advance(Duration.ofMinutes(2));
            long commitsBefore = backend.writer().commits();
            assertThat(backend.sweep()).isEqualTo(1200 + 2);
            assertThat(backend.writer().commits() - commitsBefore).as("transactions of at most %d rows",
                    Sweeper.BATCH).isGreaterThanOrEqualTo(1200 / Sweeper.BATCH + 1);
            assertThat(RawSql.scalar(file, "SELECT count(*) FROM messages")).isEqualTo("3");
            assertThat(RawSql.column(file, "SELECT id FROM sessions")).containsExactly("kept");
            assertThat(store.find(SessionId.of("kept"))).isPresent();
        }
    }
}
