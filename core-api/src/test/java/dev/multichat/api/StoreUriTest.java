package dev.multichat.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreUriTest {
    @Test
    @DisplayName("scheme, location and query are split; the scheme is lower-cased")
    void parts() {
        StoreUri uri = StoreUri.parse("SQLite:data/chats.db?synchronous=full&timeout=2s");
        assertThat(uri.scheme()).isEqualTo("sqlite");
        assertThat(uri.location()).isEqualTo("data/chats.db");
        assertThat(uri.query()).containsExactlyInAnyOrderEntriesOf(Map.of("synchronous", "full", "timeout", "2s"));
        assertThat(uri).hasToString("SQLite:data/chats.db?synchronous=full&timeout=2s");
    }

    @Test
    @DisplayName("memory: and redis:// forms parse with empty or authority locations")
    void otherForms() {
        assertThat(StoreUri.parse("memory:").location()).isEmpty();
        assertThat(StoreUri.parse("memory:").query()).isEmpty();
        assertThat(StoreUri.parse("redis://host:6379/0?prefix=mc").location()).isEqualTo("//host:6379/0");
    }

    @Test
    @DisplayName("query values are percent-decoded, so a hybrid URI can nest other URIs")
    void percentDecoding() {
        StoreUri uri = StoreUri.parse("hybrid:?fast=redis%3A%2F%2Fh%3A6379%3Fprefix%3Dx%26timeout%3D1s"
                + "&durable=sqlite%3Adata%2Fc.db");
        assertThat(uri.query().get("fast")).isEqualTo("redis://h:6379?prefix=x&timeout=1s");
        assertThat(uri.query().get("durable")).isEqualTo("sqlite:data/c.db");
    }

    @Test
    @DisplayName("an option given twice is refused naming it")
    void duplicateOption() {
        assertThatThrownBy(() -> StoreUri.parse("json:/d?fsync=always&fsync=never"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'fsync' twice");
    }

    @ParameterizedTest(name = "[{index}] {arguments}")
    @DisplayName("a URI without a valid scheme is refused with an example of the right form")
    @ValueSource(strings = {"data/chats.db", ":x", "1abc:x", "sq lite:x", "", "C_D:x"})
    void noScheme(String text) {
        assertThatThrownBy(() -> StoreUri.parse(text)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("scheme").hasMessageContaining("sqlite:data/chats.db");
    }

    @Test
    @DisplayName("an option without a value and a bad percent-escape are refused")
    void malformedQuery() {
        assertThatThrownBy(() -> StoreUri.parse("json:/d?fsync")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'fsync' has no value");
        assertThatThrownBy(() -> StoreUri.parse("json:/d?fsync=%zz")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("percent-escape");
        assertThatThrownBy(() -> StoreUri.parse(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("StoreConfig.of takes the URI's options; withOption overrides one")
    void configOptions() {
        StoreConfig config = StoreConfig.of("json:/d?fsync=always").withOption("fsync", "never");
        assertThat(config.option("fsync")).contains("never");
        assertThat(config.uri().query()).containsEntry("fsync", "always");
        assertThat(config.option("other")).isEmpty();
    }
}
