package dev.multichat.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.VersionConflictException;
import dev.multichat.postgres.testing.PostgresServer;
import dev.multichat.postgres.testing.SharedPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The LISTEN/NOTIFY change signals: what another store instance commits reaches this store's
 * sink as the session's id; a rolled-back write announces nothing; a lost listening connection
 * is reported as "changed anywhere" and replaced; close releases the connection; this
 * instance's own notifications are not echoed back (the core hinted those writes already).
 */
@ExtendWith(PostgresServer.class)
class ChangeSignalsTest {
    @Test
    void everyCommittedWriteOfAnotherInstanceIsHinted() throws Exception {
        String schema = "signals_writes";
        StoreConfig config = StoreConfig.of(SharedPostgres.uri(schema, "&sweep=0&ApplicationName=signals-writes"));
        try (Listening l = new Listening(new PostgresStoreProvider(), config, schema)) {
            SessionId id = SessionId.of("s1");
            l.expectHint(id, () -> l.other.create(NewSession.of(id.value(), "owner")));
            l.expectHint(id, () -> l.other.append(id, List.of(MessageDraft.of(Role.USER, "u", "hello"))));
            l.expectHint(id, () -> l.other.update(id, SessionPatch.title("t"), Expect.any()));
            l.expectHint(id, () -> l.other.trim(id, 1));
            int beforeConflict = l.hints.of(id);
            assertThatThrownBy(() -> l.other.append(id, List.of(MessageDraft.of(Role.USER, "u", "late")),
                    Expect.version(1))).isInstanceOf(VersionConflictException.class);
            SessionId marker = SessionId.of("marker");
            l.expectHint(marker, () -> l.other.create(NewSession.of(marker.value(), "owner")));
            assertThat(l.hints.of(id)).as("notifications arrive in commit order: the rolled-back append sent none")
                    .isEqualTo(beforeConflict);
            l.expectHint(id, () -> l.other.delete(id));
        }
        assertThat(Poll.until(() -> Poll.backends("application_name = 'signals-writes'") == 0))
                .as("close released the listening connection and the pool").isTrue();
    }

    @Test
    void thisInstancesOwnNotificationsAreNotEchoedBack() throws Exception {
        String schema = "signals_own";
        StoreConfig config = StoreConfig.of(SharedPostgres.uri(schema, "&sweep=0&ApplicationName=signals-own"));
        try (Listening l = new Listening(new PostgresStoreProvider(), config, schema);
             RawListener raw = new RawListener(schema)) {
            SessionId mine = SessionId.of("mine");
            l.own().catalog().create(NewSession.of(mine.value(), "owner"));
            for (int i = 0; i < 10; i++) {
                l.own().messages().append(mine, List.of(MessageDraft.of(Role.USER, "u", "m" + i)), Expect.any());
            }
            SessionId last = SessionId.of("mine-last");
            l.own().catalog().create(NewSession.of(last.value(), "owner"));
            // the notifier sends in order: once the last is out, every earlier one was sent
            assertThat(raw.await(last.value())).as("this instance's notifier announced its writes").isNotNull();
            SessionId marker = SessionId.of("theirs");
            l.expectHint(marker, () -> l.other.create(NewSession.of(marker.value(), "owner")));
            assertThat(l.hints.of(mine) + l.hints.of(last))
                    .as("hints for the own writes, delivered before the other instance's later one").isZero();
        }
    }

    @Test
    void aLostListeningConnectionIsReportedAndReplaced() throws Exception {
        String schema = "signals_lost";
        StoreConfig config = StoreConfig.of(SharedPostgres.uri(schema, "&sweep=0&ApplicationName=signals-lost"));
        try (Listening l = new Listening(new PostgresStoreProvider(), config, schema)) {
            int anywhere = l.hints.anywhere();
            // the server ends every connection of the store (as a restart or a failover would)
            RawSql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE application_name = 'signals-lost'");
            assertThat(l.hints.await(() -> l.hints.anywhere() >= anywhere + 2, RecordedHints.DEADLINE))
                    .as("'changed anywhere' on the loss and again once listening anew").isTrue();
            l.awaitListening("after");
        }
    }

    @Test
    void onAnApplicationsDataSourceTooWhichGetsItsConnectionBack() throws Exception {
        PGSimpleDataSource app = new PGSimpleDataSource();
        app.setUrl("jdbc:postgresql://localhost:" + SharedPostgres.port() + "/postgres");
        app.setUser("postgres");
        app.setApplicationName("signals-app");
        StoreConfig config = StoreConfig.of("postgresql:?schema=signals_ds&sweep=0");
        try (Listening l = new Listening(PostgresStoreProvider.using(app), config, "signals_ds")) {
            assertThat(Poll.backends("application_name = 'signals-app'")).as("the listener's connection").isOne();
        }
        assertThat(Poll.until(() -> Poll.backends("application_name = 'signals-app'") == 0))
                .as("close gave the listener's connection back to the application's DataSource").isTrue();
    }
}
