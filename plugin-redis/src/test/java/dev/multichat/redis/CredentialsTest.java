package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.NewSession;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreException;
import dev.multichat.api.StoreHealth;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.RedisServerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Password-only auth against a server with requirepass; the password never reaches a message. */
class CredentialsTest {
    private static final String SECRET = "s3cret-pw";
    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single("--save", "", "--requirepass", SECRET);

    @Test
    @DisplayName("password-only auth works and health shows the server without the password")
    void passwordOnly() {
        RedisProcess server = REDIS.setup();
        try (SessionStore store = SessionStores.open("redis://:" + SECRET + "@127.0.0.1:" + server.port()
                + "?prefix=auth")) {
            store.create(NewSession.of("s", "o"));
            StoreHealth health = store.health();
            assertThat(health.status()).isEqualTo(StoreHealth.Status.UP);
            assertThat(health.toString()).doesNotContain(SECRET).contains("127.0.0.1:" + server.port());
        }
    }

    @Test
    @DisplayName("a wrong password fails with a message that does not hold it")
    void wrongPasswordIsNotQuoted() {
        RedisProcess server = REDIS.setup();
        assertThatThrownBy(() -> SessionStores.open("redis://:wrong-" + SECRET + "@127.0.0.1:" + server.port()
                + "?timeout=500ms").close()).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(messages(e)).doesNotContain(SECRET));
    }

    @Test
    @DisplayName("an unreachable server with user and password fails within the timeout without quoting them")
    void unreachableIsNotQuoted() {
        assertThatThrownBy(() -> SessionStores.open("redis-cluster://admin:" + SECRET + "@127.0.0.1:1?timeout=300ms")
                .close()).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(messages(e)).doesNotContain(SECRET).contains("***@"));
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
