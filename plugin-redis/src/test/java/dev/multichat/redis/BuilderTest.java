package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.RedisServerExtension;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A store built in code on the application's own Lettuce client. */
class BuilderTest {
    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single("--save", "");

    @Test
    @DisplayName("a store on the application's client works, and closing it leaves the client usable")
    void storeOnOwnClient() {
        RedisProcess server = REDIS.setup();
        RedisClient client = RedisClient.create();
        client.setOptions(RedisClientStoreProvider.recommendedOptions(Duration.ofSeconds(2)));
        try {
            RedisURI uri = RedisURI.create("redis://127.0.0.1:" + server.port());
            try (SessionStore store = RedisClientStoreProvider.on(client, uri).open("prefix=built&timeout=1s")) {
                store.create(NewSession.of("s", "o"));
                store.append(SessionId.of("s"), List.of(MessageDraft.of(Role.USER, "u", "hi").withId("m1")));
                assertThat(store.tail(SessionId.of("s"), 5)).hasSize(1);
                assertThat(store.health().details()).containsEntry("prefix", "built");
            }
            try (var connection = client.connect(uri)) {
                assertThat(connection.sync().exists("built:{s}:s")).isEqualTo(1L);
            }
        } finally {
            client.shutdown();
        }
    }
}
