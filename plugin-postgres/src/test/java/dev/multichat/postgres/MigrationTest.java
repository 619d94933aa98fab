package dev.multichat.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreException;
import dev.multichat.postgres.testing.PostgresServer;
import dev.multichat.postgres.testing.SharedPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Schema creation and migration at open, racing instances, and the refusal of a newer schema. */
@ExtendWith(PostgresServer.class)
class MigrationTest {
    private static final int ROUNDS = 5;

    @Test
    void instancesOpeningANewSchemaAtOnceCreateItOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String schema = "race" + round;
            String uri = SharedPostgres.uri(schema, "&pool=2");
            List<SessionStore> stores = Together.run(2, () -> SessionStores.open(uri));
            try {
                stores.get(0).create(NewSession.of("made-by-first", "o"));
                assertThat(stores.get(1).find(SessionId.of("made-by-first"))).isPresent();
            } finally {
                stores.forEach(SessionStore::close);
            }
            assertThat(RawSql.column("SELECT version FROM " + schema + ".multichat_schema")).containsExactly("1");
            assertThat(RawSql.column("SELECT tablename FROM pg_tables WHERE schemaname = '" + schema
                    + "' ORDER BY 1")).containsExactly("messages", "multichat_schema", "sessions");
        }
    }

    @Test
    void aNewerSchemaIsRefusedAndLeftUntouched() throws Exception {
        RawSql.execute("CREATE SCHEMA future; CREATE TABLE future.multichat_schema (version int NOT NULL);"
                + " INSERT INTO future.multichat_schema VALUES (99)");
        assertThatThrownBy(() -> SessionStores.open(SharedPostgres.uri("future", "")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99").hasMessageContaining("left unchanged");
        assertThat(RawSql.column("SELECT version FROM future.multichat_schema")).containsExactly("99");
        assertThat(RawSql.column("SELECT tablename FROM pg_tables WHERE schemaname = 'future'"))
                .containsExactly("multichat_schema");
    }

    @Test
    void reopeningACurrentSchemaKeepsItsData() throws Exception {
        String uri = SharedPostgres.uri("reopen", "");
        try (SessionStore first = SessionStores.open(uri)) {
            first.create(NewSession.of("kept", "o"));
        }
        try (SessionStore second = SessionStores.open(uri)) {
            assertThat(second.find(SessionId.of("kept"))).isPresent();
        }
        assertThat(RawSql.column("SELECT version FROM reopen.multichat_schema")).containsExactly("1");
    }
}
