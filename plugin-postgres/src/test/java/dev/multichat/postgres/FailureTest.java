package dev.multichat.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatSession;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.postgres.testing.PostgresServer;
import dev.multichat.postgres.testing.SharedPostgres;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Timeouts and unreachable servers fail fast with StoreUnavailableException, and credentials stay out of errors. */
@ExtendWith(PostgresServer.class)
class FailureTest {
    private static final String SECRET = "s3cret-Pa55";

    @Test
    void aStatementOverItsTimeoutFailsWithinItAndTheStoreCarriesOn() throws Exception {
        String schema = "slow";
        try (SessionStore store = SessionStores.open(SharedPostgres.uri(schema, "&statementTimeout=500ms"))) {
            SessionId id = store.create(NewSession.of("held", "o")).id();
            try (Connection other = SharedPostgres.dataSource().getConnection();
                 Statement st = other.createStatement()) {
                other.setAutoCommit(false);
                st.execute("SELECT 1 FROM " + schema + ".sessions WHERE id = 'held' FOR UPDATE");
                Instant start = Instant.now();
                assertThatThrownBy(() -> store.append(id, List.of(draft("blocked"))))
                        .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("timeout");
                assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
                other.rollback();
            }
            assertThat(store.append(id, List.of(draft("after"))).messages().get(0).seq()).isEqualTo(1);
        }
    }

    @Test
    void anUnreachableServerFailsWithinTheConnectTimeoutWithoutTheCredentials() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        for (String uri : List.of(
                "postgresql://localhost:" + closedPort + "/db?user=app&password=" + SECRET + "&connectTimeout=1s",
                "postgresql://app:" + SECRET + "@localhost:" + closedPort + "/db?connectTimeout=1")) {
            Instant start = Instant.now();
            assertThatThrownBy(() -> SessionStores.open(uri)).isInstanceOf(StoreUnavailableException.class)
                    .satisfies(e -> assertThat(chain(e)).doesNotContain(SECRET).contains("localhost:" + closedPort));
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void concurrentRetriesOfOneBatchWriteItOnce() throws Exception {
        try (SessionStore store = SessionStores.open(SharedPostgres.freshUri("&pool=8"))) {
            ChatSession session = store.create(NewSession.of("retried", "o"));
            for (int round = 0; round < 10; round++) {
                List<MessageDraft> batch = List.of(draft("a" + round).withId("r" + round + "-a"),
                        draft("b" + round).withId("r" + round + "-b"));
                List<Boolean> replayed = Together.run(8, () -> store.append(session.id(), batch).replayed());
                assertThat(replayed).containsOnlyOnce(false);
            }
            assertThat(store.find(session.id()).orElseThrow().lastSeq()).isEqualTo(20);
        }
    }

    @Test
    void anUnreadableRowFailsThatSessionAloneNamingTheRow() throws Exception {
        try (SessionStore store = SessionStores.open(SharedPostgres.uri("corrupt", ""))) {
            SessionId bad = store.create(NewSession.of("bad", "o")).id();
            SessionId good = store.create(NewSession.of("good", "o")).id();
            store.append(bad, List.of(draft("one")));
            store.append(good, List.of(draft("two")));
            RawSql.execute("UPDATE corrupt.messages SET role = 'NARRATOR' WHERE session_id = 'bad'");
            assertThatThrownBy(() -> store.tail(bad, 5)).isInstanceOf(CorruptDataException.class)
                    .hasMessageContaining("table messages").hasMessageContaining("session_id='bad' seq=1");
            assertThat(store.tail(good, 5)).extracting(m -> m.content()).containsExactly("two");
        }
    }

    private static MessageDraft draft(String content) {
        return MessageDraft.of(Role.USER, "alice", content);
    }

    private static String chain(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
