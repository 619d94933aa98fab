package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.Appended;
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
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A connection lost while an append is in flight, provoked for real: a proxy lets the append
 * script reach the server, then closes the connection instead of passing the reply on (the
 * script ran; the client never hears of it). The server's own {@code INFO commandstats} is the
 * independent record of how often the script ran. Each store appends once before, so the
 * scripts are loaded and the dropped reply is the script's own. With the store's settings
 * ({@code REJECT_COMMANDS}) Lettuce fails what was in flight; on a client that accepts commands
 * while disconnected it re-sends it after reconnecting (its replay filter does not apply to
 * commands that were in flight), so the script runs twice: the message ids, or for a batch
 * without ids the call's token, make the second run return the stored batch.
 */
class ReplayAfterReconnectTest {
    private static final Pattern EVALSHA_CALLS = Pattern.compile("cmdstat_evalsha:calls=(\\d+)");

    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single("--save", "");

    @Test
    @DisplayName("store's settings: an append whose reply was lost fails, ran once; retried by id it is returned, not"
            + " stored again")
    void inFlightAppendFailsAndRetriesById() throws Exception {
        RedisProcess server = REDIS.setup();
        try (ReplyDroppingProxy proxy = ReplyDroppingProxy.start(server.port());
             SessionStore store = SessionStores.open("redis://127.0.0.1:" + proxy.port() + "?prefix=replay1")) {
            SessionId id = store.create(NewSession.of("s", "o")).id();
            store.append(id, List.of(draft("before").withId("m0")));
            long runs = evalshaCalls(server);
            proxy.dropNextReplyTo("EVALSHA");
            List<MessageDraft> batch = List.of(draft("a").withId("m1"), draft("b").withId("m2"));
            assertThatThrownBy(() -> store.append(id, batch)).isInstanceOf(StoreUnavailableException.class);
            assertThat(proxy.dropped()).as("the reply was dropped and the connection closed").isEqualTo(1);
            assertThat(evalshaCalls(server) - runs).as("the script ran once, not re-sent").isEqualTo(1);
            Appended retried = retryUntilConnected(() -> store.append(id, batch));
            assertThat(retried.replayed()).isTrue();
            assertThat(retried.messages()).extracting(ChatMessage::seq).containsExactly(2L, 3L);
            assertThat(store.tail(id, 10)).extracting(message -> message.draft().id())
                    .containsExactly("m0", "m1", "m2");
        }
    }

    @Test
    @DisplayName("store's settings: a batch without ids whose reply was lost fails and is stored exactly once")
    void inFlightAppendWithoutIdsStoredOnce() throws Exception {
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
            assertThat(evalshaCalls(server) - runs).as("the script ran once").isEqualTo(1);
            assertThat(retryUntilConnected(() -> store.tail(id, 10))).extracting(ChatMessage::content)
                    .containsExactly("before", "a", "b");
        }
    }

    @Test
    @DisplayName("client that re-sends (ACCEPT_COMMANDS): appends with and without ids run twice, are stored once")
    void resendingClientStoresOnce() throws Exception {
        RedisProcess server = REDIS.setup();
        RedisClient client = RedisClient.create();
        client.setOptions(RedisClientStoreProvider.recommendedOptions(Duration.ofSeconds(2)).mutate()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.ACCEPT_COMMANDS).build());
        try (ReplyDroppingProxy proxy = ReplyDroppingProxy.start(server.port());
             SessionStore store = RedisClientStoreProvider.on(client,
                     RedisURI.create("redis://127.0.0.1:" + proxy.port())).open("prefix=replay3")) {
            SessionId id = store.create(NewSession.of("s", "o")).id();
            store.append(id, List.of(draft("before").withId("m0")));
            store.append(id, List.of(draft("loads the script for batches without ids")));
            assertRunsTwiceStoredOnce(server, proxy, () -> store.append(id,
                    List.of(draft("a").withId("m1"), draft("b").withId("m2"))), List.of(3L, 4L));
            assertRunsTwiceStoredOnce(server, proxy, () -> store.append(id, List.of(draft("c"), draft("d"))),
                    List.of(5L, 6L));
            assertThat(proxy.dropped()).isEqualTo(2);
            assertThat(store.tail(id, 10)).extracting(ChatMessage::content)
                    .containsExactly("before", "loads the script for batches without ids", "a", "b", "c", "d");
        } finally {
            client.shutdown();
        }
    }

    private static void assertRunsTwiceStoredOnce(RedisProcess server, ReplyDroppingProxy proxy,
                                                   Supplier<Appended> append, List<Long> seqs) {
        long runs = evalshaCalls(server);
        proxy.dropNextReplyTo("EVALSHA");
        Appended appended = append.get();
        assertThat(evalshaCalls(server) - runs).as("the script ran, then again when re-sent").isEqualTo(2);
        assertThat(appended.replayed()).as("the second run found the batch stored").isTrue();
        assertThat(appended.messages()).extracting(ChatMessage::seq).isEqualTo(seqs);
    }

    /** Retries (polling, with a deadline) while commands are rejected until the connection is back. */
    private static <T> T retryUntilConnected(Supplier<T> call) {
        AtomicReference<T> result = new AtomicReference<>();
        AppendLoad.awaitAtLeast(() -> {
            try {
                result.set(call.get());
                return 1;
            } catch (StoreUnavailableException e) {
                return 0;
            }
        }, 1, "the retry after the reconnect");
        return result.get();
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
