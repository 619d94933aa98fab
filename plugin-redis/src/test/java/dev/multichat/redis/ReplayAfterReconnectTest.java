package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.RedisServerExtension;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lettuce's replay after a reconnect, provoked for real: a proxy lets the append script reach
 * the server, then closes the connection instead of passing the reply on. The server's own
 * {@code INFO commandstats} is the independent record of how often the script ran. Each store
 * appends once before, so the scripts are loaded and the dropped reply is the script's own.
 */
class ReplayAfterReconnectTest {
    private static final Pattern EVALSHA_CALLS = Pattern.compile("cmdstat_evalsha:calls=(\\d+)");

    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single("--save", "");

    @Test
    @DisplayName("a batch with ids whose reply was lost is replayed: the script runs twice, stores the messages once")
    void replayWithIdsStoresOnce() throws Exception {
        RedisProcess server = REDIS.setup();
        try (ReplyDroppingProxy proxy = ReplyDroppingProxy.start(server.port());
             SessionStore store = SessionStores.open("redis://127.0.0.1:" + proxy.port() + "?prefix=replay1")) {
            SessionId id = store.create(NewSession.of("s", "o")).id();
            store.append(id, List.of(draft("before").withId("m0")));
            long runs = evalshaCalls(server);
            proxy.dropNextReplyTo("EVALSHA");
            List<ChatMessage> acked = store.append(id, List.of(draft("a").withId("m1"), draft("b").withId("m2")))
                    .messages();
            assertThat(proxy.dropped()).as("the first reply was dropped and the connection reset").isEqualTo(1);
            assertThat(evalshaCalls(server) - runs).as("the script ran, then ran again when replayed").isEqualTo(2);
            assertThat(acked).extracting(ChatMessage::seq).containsExactly(2L, 3L);
            assertThat(store.tail(id, 10)).extracting(message -> message.draft().id())
                    .containsExactly("m0", "m1", "m2");
            store.append(id, List.of(draft("after").withId("m3")));
            assertThat(store.tail(id, 10)).extracting(ChatMessage::seq).containsExactly(1L, 2L, 3L, 4L);
        }
    }

    @Test
    @DisplayName("a batch without ids whose reply was lost is not replayed: the call fails, the batch is stored once")
    void noReplayWithoutIds() throws Exception {
        RedisProcess server = REDIS.setup();
        try (ReplyDroppingProxy proxy = ReplyDroppingProxy.start(server.port());
             SessionStore store = SessionStores.open("redis://127.0.0.1:" + proxy.port() + "?prefix=replay2")) {
            SessionId id = store.create(NewSession.of("s", "o")).id();
            store.append(id, List.of(draft("before")));
            long runs = evalshaCalls(server);
            proxy.dropNextReplyTo("EVALSHA");
            assertThatThrownBy(() -> store.append(id, List.of(draft("a"), draft("b"))))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThat(proxy.dropped()).isEqualTo(1);
            assertThat(evalshaCalls(server) - runs).as("the script ran once and was not replayed").isEqualTo(1);
            assertThat(store.tail(id, 10)).extracting(ChatMessage::content).containsExactly("before", "a", "b");
        }
    }

    private static MessageDraft draft(String content) {
        return MessageDraft.of(Role.USER, "u", content);
    }

    private static long evalshaCalls(RedisProcess server) {
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + server.port());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            Matcher calls = EVALSHA_CALLS.matcher(connection.sync().info("commandstats"));
            return calls.find() ? Long.parseLong(calls.group(1)) : 0;
        } finally {
            client.shutdown();
        }
    }
}
