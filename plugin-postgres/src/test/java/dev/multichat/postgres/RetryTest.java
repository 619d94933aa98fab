package dev.multichat.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.postgres.testing.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server's "re-run this transaction" errors, provoked for real against the store's own
 * append: a serialization failure (40001, on a database whose default isolation a DBA set to
 * SERIALIZABLE) and a deadlock (40P01, with a raw transaction taking the locks in the opposite
 * order). The store re-runs the statement; the caller sees one successful append, stored once.
 * The server's own counters ({@code pg_stat_database}) prove the failure happened.
 */
@ExtendWith(PostgresServer.class)
class RetryTest {
    private static final String OPTIONS = "&sweep=0&statementTimeout=60s";

    @Test
    void aSerializationFailureIsRetriedAndTheAppendStoredOnce() throws Exception {
        OwnDatabase db = OwnDatabase.with("iso_serializable", "default_transaction_isolation", "serializable");
        provoke(db, "xact_rollback",
                st -> st.execute("SELECT 1 FROM retry.sessions WHERE id = 's' FOR UPDATE"),
                st -> {
                    // moves the row on after the waiting append's snapshot: 40001 for it at commit
                    st.execute("UPDATE retry.sessions SET title = 'moved by another transaction' WHERE id = 's'");
                    st.getConnection().commit();
                });
    }

    @Test
    void aDeadlockIsRetriedAndTheAppendStoredOnce() throws Exception {
        // The store's connections check for a deadlock after 5 s of waiting; the raw connection
        // only after 10 min, so the store's statement is the one the server aborts.
        OwnDatabase db = OwnDatabase.with("deadlocks", "deadlock_timeout", "5s");
        provoke(db, "deadlocks",
                st -> {
                    st.execute("SET deadlock_timeout = '10min'");
                    st.execute("SET statement_timeout = '60s'");
                    st.execute("INSERT INTO retry.messages (session_id, seq, msg_id, author, role, content,"
                            + " attributes, at) VALUES ('s', 1, 'raw', 'x', 'USER', 'raw', '{}', 0)");
                },
                st -> {
                    // the append holds the row and waits for this insert of its seq: granted only
                    // once the server aborted the append's attempt (it holds the row until then)
                    st.execute("SELECT 1 FROM retry.sessions WHERE id = 's' FOR UPDATE");
                    st.getConnection().rollback();
                });
    }

    /**
     * Opens a store on {@code db}, lets a raw transaction {@code hold} its locks, starts an
     * append, waits until it waits for a lock, lets the raw transaction {@code collide}, then
     * checks that the append succeeded once, at seq 1, and that {@code counter} of
     * {@code pg_stat_database} grew.
     */
    private static void provoke(OwnDatabase db, String counter, Step hold, Step collide) throws Exception {
        long before = db.stat(counter);
        try (SessionStore store = SessionStores.open(db.uri("retry", OPTIONS)); Connection raw = db.connect()) {
            SessionId id = store.create(NewSession.of("s", "owner")).id();
            raw.setAutoCommit(false);
            try (Statement st = raw.createStatement()) {
                hold.run(st);
                MessageDraft draft = MessageDraft.of(Role.USER, "u", "hello").withId("m1");
                CompletableFuture<Appended> append = CompletableFuture.supplyAsync(
                        () -> store.append(id, List.of(draft)));
                assertThat(Poll.until(() -> db.waitingForLocks() == 1))
                        .as("the append waits for a lock of the raw transaction").isTrue();
                collide.run(st);
                Appended appended = append.get(1, TimeUnit.MINUTES);
                assertThat(appended.replayed()).isFalse();
                assertThat(appended.messages()).extracting(ChatMessage::seq).containsExactly(1L);
                History.assertExactly(store, id, appended.messages());
            }
        }
        // read after the store closed: a backend may hold its counts until it exits (PostgreSQL 14)
        assertThat(Poll.until(() -> db.stat(counter) > before))
                .as("pg_stat_database.%s: the server rolled the append's first attempt back", counter).isTrue();
    }

    /** What the raw transaction does at one point. */
    @FunctionalInterface
    private interface Step {
        void run(Statement st) throws Exception;
    }
}
