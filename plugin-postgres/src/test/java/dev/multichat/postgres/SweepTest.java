package dev.multichat.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.Ttl;
import dev.multichat.postgres.internal.store.PgLifecycle;
import dev.multichat.tck.support.KeepingProvider;
import dev.multichat.tck.support.MutableClock;
import dev.multichat.postgres.testing.PostgresServer;
import dev.multichat.postgres.testing.SharedPostgres;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The expiry sweep deletes expired sessions and their messages; two instances sweeping at once never fight. */
@ExtendWith(PostgresServer.class)
class SweepTest {
    private static final int SESSIONS = 450;

    @Test
    void twoInstancesSweepTogetherAndDeleteEachExpiredSessionOnce() throws Exception {
        MutableClock clock = new MutableClock();
        String uri = SharedPostgres.uri("sweep", "&sweep=0");
        KeepingProvider.Opened a =
                KeepingProvider.open(new PostgresStoreProvider(), StoreConfig.of(uri).withClock(clock));
        KeepingProvider.Opened b =
                KeepingProvider.open(new PostgresStoreProvider(), StoreConfig.of(uri).withClock(clock));
        try (SessionStore store = a.store(); SessionStore other = b.store()) {
            for (int i = 0; i < SESSIONS; i++) {
                Ttl ttl = i % 3 == 0 ? Ttl.NONE : Ttl.absolute(Duration.ofMinutes(1));
                SessionId id = store.create(NewSession.of("s" + i, "o").withTtl(ttl)).id();
                store.append(id, List.of(MessageDraft.of(Role.USER, "u", "m" + i)));
            }
            clock.advance(Duration.ofMinutes(2));
            List<PgLifecycle> instances = List.of(a.lifecycle(PgLifecycle.class), b.lifecycle(PgLifecycle.class));
            AtomicInteger next = new AtomicInteger();
            List<Long> swept = Together.run(2, () -> instances.get(next.getAndIncrement()).sweeper().sweep());
            assertThat(swept.get(0) + swept.get(1)).isEqualTo(SESSIONS * 2 / 3);
            assertThat(RawSql.column("SELECT count(*) FROM sweep.sessions"))
                    .containsExactly(String.valueOf(SESSIONS / 3));
            assertThat(RawSql.column("SELECT count(*) FROM sweep.messages"))
                    .containsExactly(String.valueOf(SESSIONS / 3));
        }
    }
}
