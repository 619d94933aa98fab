package dev.multichat.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.Subscription;
import dev.multichat.postgres.testing.PostgresServer;
import dev.multichat.postgres.testing.SharedPostgres;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGNotification;

/**
 * The change notifier: writes queue no notification in their own transaction (PostgreSQL would
 * serialise their commits); the notifier sends the hints after the commit from a connection of
 * its own, replaces that connection when it is lost and gives it back when idle; and a write whose
 * hint never went out still reaches another instance's subscribers by the feed's periodic check.
 */
@ExtendWith(PostgresServer.class)
class NotifierTest {
    private static final List<MessageDraft> ONE = List.of(MessageDraft.of(Role.USER, "u", "hello"));

    @Test
    void hintsComeFromTheNotifiersOwnConnectionAfterTheCommit() throws Exception {
        try (RawListener listener = new RawListener("notifier_own");
             SessionStore store = SessionStores.open(SharedPostgres.uri("notifier_own", "&sweep=0"))) {
            SessionId id = SessionId.of("s1");
            sentByTheNotifier(listener, "the create", () -> store.create(NewSession.of("s1", "owner")));
            int pid = sentByTheNotifier(listener, "the append", () -> store.append(id, ONE)).getPID();
            assertThat(Poll.until(() -> Poll.backends("pid = " + pid) == 0))
                    .as("the notifier gives its connection back after %s ms without writes", 5_000).isTrue();
            sentByTheNotifier(listener, "an append after the idle connection closed", () -> store.append(id, ONE));
        }
    }

    @Test
    void aLostNotifierConnectionIsReplacedAndItsHintsStillSent() throws Exception {
        try (RawListener listener = new RawListener("notifier_lost");
             SessionStore store = SessionStores.open(SharedPostgres.uri("notifier_lost", "&sweep=0"))) {
            SessionId id = SessionId.of("s1");
            int pid = sentByTheNotifier(listener, "the create", () -> store.create(NewSession.of("s1", "owner")))
                    .getPID();
            RawSql.execute("SELECT pg_terminate_backend(" + pid + ")");
            assertThat(Poll.until(() -> Poll.backends("pid = " + pid) == 0)).isTrue();
            PGNotification after = sentByTheNotifier(listener, "the append", () -> store.append(id, ONE));
            assertThat(after.getPID()).as("sent on a new connection").isNotEqualTo(pid);
        }
    }

    /**
     * Runs a write to session {@code s1} and checks that its hint arrives from the store's notifier
     * connection, not from the connection that wrote.
     */
    private static PGNotification sentByTheNotifier(RawListener listener, String what, Runnable write)
            throws SQLException {
        write.run();
        PGNotification hint = listener.await("s1");
        assertThat(hint).as("the hint of %s", what).isNotNull();
        assertThat(applicationOf(hint.getPID())).as("who sent the hint of %s", what).isEqualTo("multichat notifier");
        return hint;
    }

    @Test
    void aWriteWhoseHintWasNeverSentReachesAnotherInstanceByThePeriodicCheck() throws Exception {
        try (SessionStore store = SessionStores.open(SharedPostgres.uri("notifier_healed", "&sweep=0"))) {
            SessionId id = store.create(NewSession.of("s1", "owner")).id();
            store.append(id, ONE);
            List<ChatMessage> received = new CopyOnWriteArrayList<>();
            CountDownLatch second = new CountDownLatch(1);
            try (Subscription ignored = store.followSession(id, 1, messages -> {
                received.addAll(messages);
                second.countDown();
            })) {
                // another instance committed an append and died before its notifier sent the hint
                RawSql.execute("BEGIN; UPDATE notifier_healed.sessions SET last_seq = 2, version = version + 1"
                        + " WHERE id = 's1'; INSERT INTO notifier_healed.messages (session_id, seq, author, role,"
                        + " content, attributes, at) VALUES ('s1', 2, 'u', 'USER', 'unannounced', '{}', 0); COMMIT");
                assertThat(second.await(30, TimeUnit.SECONDS)).as("the unannounced message delivered").isTrue();
            }
            assertThat(received).extracting(ChatMessage::seq).containsExactly(2L);
            assertThat(received.get(0).content()).isEqualTo("unannounced");
        }
    }

    private static String applicationOf(int pid) throws SQLException {
        List<String> names = RawSql.column("SELECT application_name FROM pg_stat_activity WHERE pid = " + pid);
        return names.isEmpty() ? "(backend " + pid + " gone)" : names.get(0);
    }
}
