package dev.multichat.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.postgres.testing.PostgresServer;
import dev.multichat.postgres.testing.SharedPostgres;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A store on the application's own DataSource, which it leaves open. */
@ExtendWith(PostgresServer.class)
class DataSourceTest {
    @Test
    void opensOnTheApplicationsDataSourceAndLeavesItOpen() throws Exception {
        DataSource app = SharedPostgres.dataSource();
        StoreConfig config = StoreConfig.of("postgresql:?schema=from_ds&sweep=0");
        try (SessionStore store = SessionStores.open(config, PostgresStoreProvider.using(app))) {
            SessionId id = store.create(NewSession.of("ds", "o")).id();
            store.append(id, List.of(MessageDraft.of(Role.USER, "u", "hello")));
            assertThat(store.tail(id, 5)).extracting(m -> m.content()).containsExactly("hello");
        }
        try (Connection stillUsable = app.getConnection()) {
            assertThat(RawSql.column("SELECT count(*) FROM from_ds.messages")).containsExactly("1");
            assertThat(stillUsable.isValid(2)).isTrue();
        }
    }

    @Test
    void refusesAServerInTheUriBesideADataSource() {
        DataSource app = SharedPostgres.dataSource();
        assertThatThrownBy(() -> SessionStores.open(StoreConfig.of("postgresql://elsewhere/db"),
                PostgresStoreProvider.using(app))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("postgresql:?schema=");
    }
}
