package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.CorruptDataException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreHealth;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.RedisServerExtension;
import dev.multichat.redis.testing.Resp;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Foreign data, a paused server, a flushed script cache and health, against a real redis-server. */
class FailureModesTest {
    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single("--save", "");

    @Test
    @DisplayName("foreign data at a session's key is CorruptDataException naming the key (find, append, list);"
            + " other sessions work")
    void wrongTypeNamesTheKey() throws IOException {
        RedisProcess server = REDIS.setup();
        Resp.once(server.port(), "SET", "wt:{broken}:s", "not a hash");
        try (SessionStore store = SessionStores.open(REDIS.uri() + "?prefix=wt")) {
            assertThatThrownBy(() -> store.find(SessionId.of("broken"))).isInstanceOf(CorruptDataException.class)
                    .hasMessageContaining("wt:{broken}:s");
            assertThatThrownBy(() -> store.append(SessionId.of("broken"), List.of(draft("m1"))))
                    .isInstanceOf(CorruptDataException.class).hasMessageContaining("wt:{broken}:s");
            store.create(NewSession.of("fine", "o"));
            assertThat(store.append(SessionId.of("fine"), List.of(draft("m1"))).messages()).hasSize(1);
            Resp.once(server.port(), "ZADD", "wt:o:{o}", "-1", "broken");
            assertThatThrownBy(() -> store.list(SessionQuery.first("o", 10))).isInstanceOf(CorruptDataException.class)
                    .hasMessageContaining("wt:{broken}:s");
        }
    }

    @Test
    @DisplayName("a stored message this store did not write is CorruptDataException naming the key and the seq;"
            + " the others read back byte for byte")
    void foreignMessageNamesTheField() throws IOException {
        RedisProcess server = REDIS.setup();
        try (SessionStore store = SessionStores.open(REDIS.uri() + "?prefix=fm")) {
            SessionId id = SessionId.of("m");
            store.create(NewSession.of("m", "o"));
            String content = "h\u00e9llo \u2713 \"quoted\"\n\ud83d\ude00";
            store.append(id, List.of(MessageDraft.of(Role.USER, "u", content).withId("m1"), draft("m2")));
            assertThat(store.tail(id, 20)).extracting(m -> m.draft().content()).containsExactly(content, "hello");
            assertThat(store.tail(id, 20).get(0).draft().id()).isEqualTo("m1");
            Map<String, String> foreign = Map.of("no newline", "does not start with its seq",
                    "2\nm2\n{not json", "seq 2", "2\nm2\n[1]", "seq 2",
                    "7\nm2\n{\"at\":5,\"a\":\"u\",\"r\":\"USER\",\"c\":\"x\",\"x\":{}}", "seqs from 1");
            for (Map.Entry<String, String> value : foreign.entrySet()) {
                Resp.once(server.port(), "LSET", "fm:{m}:m", "1", value.getKey());
                assertThatThrownBy(() -> store.tail(id, 20)).isInstanceOf(CorruptDataException.class)
                        .hasMessageContaining("fm:{m}:m").hasMessageContaining(value.getValue());
            }
            assertThat(store.read(id, MessageRange.after(0, 1))).extracting(m -> m.draft().content())
                    .containsExactly(content);
        }
    }

    @Test
    @DisplayName("a session in the old layout (messages in a hash) is CorruptDataException naming its key, for"
            + " every operation, never a silent wrong answer")
    void oldHashLayoutIsRefused() throws IOException {
        RedisProcess server = REDIS.setup();
        try (SessionStore store = SessionStores.open(REDIS.uri() + "?prefix=old")) {
            SessionId id = SessionId.of("h");
            store.create(NewSession.of("h", "o"));
            Resp.once(server.port(), "HSET", "old:{h}:m", "1",
                    "\n{\"at\":5,\"a\":\"u\",\"r\":\"USER\",\"c\":\"x\",\"x\":{}}");
            Resp.once(server.port(), "HSET", "old:{h}:s", "l", "1");
            List<ThrowingCallable> calls = List.of(() -> store.tail(id, 20), () -> store.read(id, MessageRange.all()),
                    () -> store.read(id, MessageRange.after(0, 5)), () -> store.view(id, MessageRange.tail(5)),
                    () -> store.append(id, List.of(draft("m2"))), () -> store.trim(id, 1));
            for (ThrowingCallable call : calls) {
                assertThatThrownBy(call).isInstanceOf(CorruptDataException.class).hasMessageContaining("old:{h}:")
                        .hasMessageContaining("another type");
            }
        }
    }

    @Test
    @DisplayName("a server that stops answering fails calls within the timeout; the same store works afterwards")
    void pausedServerFailsFast() throws IOException {
        RedisProcess server = REDIS.setup();
        try (SessionStore store = SessionStores.open(REDIS.uri() + "?prefix=pause&timeout=300ms")) {
            store.create(NewSession.of("s", "o"));
            Resp.once(server.port(), "CLIENT", "PAUSE", "1500");
            long start = System.nanoTime();
            assertThatThrownBy(() -> store.append(SessionId.of("s"), List.of(draft("m1"))))
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("300 ms");
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms until the failure").isLessThan(1_300);
            AppendLoad.awaitAtLeast(() -> retried(store), 1, "the append after the pause");
            assertThat(store.read(SessionId.of("s"), MessageRange.all())).hasSize(1);
        }
    }

    @Test
    @DisplayName("after SCRIPT FLUSH (or a restart) the scripts are sent again and nothing is written twice")
    void noScriptReloads() throws IOException {
        RedisProcess server = REDIS.setup();
        try (SessionStore store = SessionStores.open(REDIS.uri() + "?prefix=flush")) {
            store.create(NewSession.of("s", "o"));
            store.append(SessionId.of("s"), List.of(draft("m1")));
            Resp.once(server.port(), "SCRIPT", "FLUSH");
            assertThat(store.tail(SessionId.of("s"), 5)).extracting(m -> m.draft().id()).containsExactly("m1");
            Resp.once(server.port(), "SCRIPT", "FLUSH");
            assertThat(store.append(SessionId.of("s"), List.of(draft("m1"))).replayed()).isTrue();
            assertThat(store.append(SessionId.of("s"), List.of(draft("m2"))).messages().get(0).seq()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("health reports UP, the connection state and the settings")
    void healthReportsTheConnection() {
        try (SessionStore store = SessionStores.open(REDIS.uri() + "?prefix=health&wait=0")) {
            StoreHealth health = store.health();
            assertThat(health.status()).isEqualTo(StoreHealth.Status.UP);
            assertThat(health.details()).containsEntry("connected", "true").containsEntry("mode", "standalone")
                    .containsEntry("prefix", "health");
        }
    }

    private static long retried(SessionStore store) {
        try {
            store.append(SessionId.of("s"), List.of(draft("m1")));
            return 1;
        } catch (StoreUnavailableException e) {
            return 0;
        }
    }

    private static MessageDraft draft(String id) {
        return MessageDraft.of(Role.USER, "u", "hello").withId(id);
    }
}
