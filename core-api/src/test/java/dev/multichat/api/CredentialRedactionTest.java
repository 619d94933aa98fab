package dev.multichat.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Credentials in a store URI never reach toString, a log line or an error message. */
class CredentialRedactionTest {
    @Test
    @DisplayName("toString masks the password of the user info and secret-named options, text() keeps them")
    void toStringRedacts() {
        StoreUri uri = StoreUri.parse("redis://user:secret@host:6379/0?prefix=mc&password=hunter2&timeout=2s");
        assertThat(uri.toString()).isEqualTo("redis://user:***@host:6379/0?prefix=mc&password=***&timeout=2s");
        assertThat(uri.text()).contains("secret").contains("hunter2");
        assertThat(uri.query()).containsEntry("password", "hunter2");
        assertThat(StoreUri.parse("rediss://onlyapassword@host").toString()).isEqualTo("rediss://***@host");
        assertThat(StoreUri.parse("postgresql://db/chats?user=app&sslpassword=x&apiKey=y&Token=z").toString())
                .isEqualTo("postgresql://db/chats?user=app&sslpassword=***&apiKey=***&Token=***");
        assertThat(StoreUri.parse("sqlite:data/chats.db?synchronous=full"))
                .hasToString("sqlite:data/chats.db?synchronous=full");
    }

    @ParameterizedTest(name = "[{index}]")
    @DisplayName("errors about a URI with credentials never contain them")
    @ValueSource(strings = {"nosuch://user:secret@host", "redis://user:secret@host?timeout",
        "redis://user:secret@host?a=1&a=2", "redis://user:secret@host?a=%zz", "memory:?password=secret",
        "redis://user:secret@host?nosuchoption=1"})
    void errorsRedact(String text) {
        Throwable error = catchThrowable(() -> SessionStores.open(text).close());
        assertThat(error).isInstanceOf(StoreException.class);
        for (Throwable t = error; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("secret");
        }
    }

    @Test
    @DisplayName("a store's name (toString, StoreClosedException) is redacted too")
    void storeNameRedacted() {
        SessionStore withSecret = SessionStores.open(StoreConfig.of("memory://user:secret@label"));
        assertThat(withSecret.toString()).doesNotContain("secret").contains("user:***@label");
        withSecret.close();
        assertThat(catchThrowable(() -> withSecret.find(SessionId.of("s")))).isInstanceOf(StoreClosedException.class)
                .message().doesNotContain("secret");
    }
}
