package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreReading;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.RedisServerExtension;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code multichat.connection.changes} reading of a store opened by URI: unchanged by
 * any number of calls over the open connection, and moved once the server restarted and the
 * store reconnected (a real redis-server killed with SIGKILL and started again on its port).
 */
class ConnectionChangesTest {
    private static final String READING = "multichat.connection.changes";
    private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(30);

    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single("--save", "");

    @Test
    void callsLeaveItAloneAndARestartMovesIt() {
        RedisProcess server = REDIS.setup();
        try (SessionStore store = SessionStores.open(server.uri() + "?prefix=changes")) {
            SessionId id = store.create(NewSession.of("s", "o")).id();
            double opened = changes(store);
            for (int i = 0; i < 20; i++) {
                store.append(id, List.of(MessageDraft.of(Role.USER, "me", "m" + i)));
                store.tail(id, 5);
            }
            assertThat(changes(store)).as("calls over the open connection").isEqualTo(opened);
            server.kill();
            server.restart();
            answerAgain(store);
            assertThat(changes(store)).as("after the server restarted and the store reconnected")
                    .isGreaterThan(opened);
        }
    }

    private static void answerAgain(SessionStore store) {
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (true) {
            try {
                store.find(SessionId.of("any"));
                return;
            } catch (StoreUnavailableException e) {
                assertThat(System.nanoTime()).as("the store reconnects within 30 s").isLessThan(deadline);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
        }
    }

    private static double changes(SessionStore store) {
        return store.readings().stream().filter(r -> r.name().equals(READING)).mapToDouble(StoreReading::value)
                .findFirst().orElseThrow();
    }
}
