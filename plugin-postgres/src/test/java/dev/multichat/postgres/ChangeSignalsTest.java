package dev.multichat.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.VersionConflictException;
import dev.multichat.postgres.testing.PostgresServer;
import dev.multichat.postgres.testing.SharedPostgres;
import dev.multichat.spi.StoreParts;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The LISTEN/NOTIFY change signals: what another store instance commits reaches this store's
 * sink as the session's id; a rolled-back write announces nothing; a lost listening connection
 * is reported as "changed anywhere" and replaced; close releases the connection.
 */
@ExtendWith(PostgresServer.class)
class ChangeSignalsTest {
    @Test
    void everyCommittedWriteOfAnotherInstanceIsHinted() throws Exception {
        String schema = "signals_writes";
        StoreParts parts = new PostgresStoreProvider().open(StoreConfig.of(SharedPostgres.uri(schema,
                "&sweep=0&ApplicationName=signals-writes")));
        RecordedHints hints = new RecordedHints();
        parts.signals().start(hints);
        try (SessionStore other = SessionStores.open(SharedPostgres.uri(schema, "&sweep=0"))) {
            awaitListening(other, hints, "probe");
            SessionId id = SessionId.of("s1");
            expectHint(hints, id, () -> other.create(NewSession.of(id.value(), "owner")));
            expectHint(hints, id, () -> other.append(id, List.of(MessageDraft.of(Role.USER, "u", "hello"))));
            expectHint(hints, id, () -> other.update(id, SessionPatch.title("t"), Expect.any()));
            expectHint(hints, id, () -> other.trim(id, 1));
            int beforeConflict = hints.of(id);
            assertThatThrownBy(() -> other.append(id, List.of(MessageDraft.of(Role.USER, "u", "late")),
                    Expect.version(1))).isInstanceOf(VersionConflictException.class);
            SessionId marker = SessionId.of("marker");
            expectHint(hints, marker, () -> other.create(NewSession.of(marker.value(), "owner")));
            assertThat(hints.of(id)).as("notifications arrive in commit order: the rolled-back append sent none")
                    .isEqualTo(beforeConflict);
            expectHint(hints, id, () -> other.delete(id));
        } finally {
            parts.signals().close();
            parts.lifecycle().close();
        }
        assertThat(Poll.until(() -> Poll.backends("application_name = 'signals-writes'") == 0))
                .as("close released the listening connection and the pool").isTrue();
    }

    @Test
    void aLostListeningConnectionIsReportedAndReplaced() throws Exception {
        String schema = "signals_lost";
        StoreParts parts = new PostgresStoreProvider().open(StoreConfig.of(SharedPostgres.uri(schema,
                "&sweep=0&ApplicationName=signals-lost")));
        RecordedHints hints = new RecordedHints();
        parts.signals().start(hints);
        try (SessionStore other = SessionStores.open(SharedPostgres.uri(schema, "&sweep=0"))) {
            awaitListening(other, hints, "probe");
            int anywhere = hints.anywhere();
            // the server ends every connection of the store (as a restart or a failover would)
            RawSql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE application_name = 'signals-lost'");
            assertThat(hints.await(() -> hints.anywhere() >= anywhere + 2, RecordedHints.DEADLINE))
                    .as("'changed anywhere' on the loss and again once listening anew").isTrue();
            awaitListening(other, hints, "after");
        } finally {
            parts.signals().close();
            parts.lifecycle().close();
        }
    }

    @Test
    void onAnApplicationsDataSourceTooWhichGetsItsConnectionBack() throws Exception {
        PGSimpleDataSource app = new PGSimpleDataSource();
        app.setUrl("jdbc:postgresql://localhost:" + SharedPostgres.port() + "/postgres");
        app.setUser("postgres");
        app.setApplicationName("signals-app");
        StoreConfig config = StoreConfig.of("postgresql:?schema=signals_ds&sweep=0");
        StoreParts parts = PostgresStoreProvider.using(app).open(config);
        RecordedHints hints = new RecordedHints();
        parts.signals().start(hints);
        try (SessionStore other = SessionStores.open(SharedPostgres.uri("signals_ds", "&sweep=0"))) {
            awaitListening(other, hints, "probe");
            assertThat(Poll.backends("application_name = 'signals-app'")).as("the listener's connection").isOne();
        } finally {
            parts.signals().close();
            parts.lifecycle().close();
        }
        assertThat(Poll.until(() -> Poll.backends("application_name = 'signals-app'") == 0))
                .as("close gave the listener's connection back to the application's DataSource").isTrue();
    }

    /**
     * Appends to a probe session until its hint arrives: notifications sent before the listener's
     * LISTEN took effect are not delivered, so the first ones may be missed.
     */
    private static void awaitListening(SessionStore other, RecordedHints hints, String probe) throws Exception {
        SessionId id = other.create(NewSession.of(probe, "owner")).id();
        long end = System.nanoTime() + RecordedHints.DEADLINE.toNanos();
        while (hints.of(id) == 0) {
            assertThat(System.nanoTime()).as("a hint for %s within %s", probe, RecordedHints.DEADLINE).isLessThan(end);
            other.append(id, List.of(MessageDraft.of(Role.USER, "u", "ping")));
            hints.await(() -> hints.of(id) > 0, Duration.ofMillis(200));
        }
    }

    private static void expectHint(RecordedHints hints, SessionId id, Runnable write) throws InterruptedException {
        int seen = hints.of(id);
        write.run();
        assertThat(hints.awaitMore(id, seen)).as("a hint for %s after the write", id).isTrue();
    }
}
