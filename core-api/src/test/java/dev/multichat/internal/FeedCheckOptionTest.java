package dev.multichat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The core's {@code feed-check} and {@code feed-pace} options: accepted by every scheme, never
 * passed to the provider (issue 14).
 */
class FeedCheckOptionTest {
    private static Registry registry(TestProviders.Recording provider) {
        return new Registry(() -> java.util.List.of(provider));
    }

    @Test
    @DisplayName("feed-check sets the store's periodic feed check and does not reach the provider")
    void setsThePeriod() {
        TestProviders.Recording provider = new TestProviders.Recording("sq", Set.of("a"));
        StoreConfig config = StoreConfig.of("sq:x?a=1&feed-check=5s");
        try (SessionStore store = registry(provider).open(config)) {
            assertThat(((GuardedStore) store).feedTiming().check()).isEqualTo(Duration.ofSeconds(5));
            assertThat(provider.opened.get().options()).isEqualTo(Map.of("a", "1"));
        }
    }

    @Test
    @DisplayName("without feed-check the check runs every second; set in code, it overrides the URI")
    void defaultAndCode() {
        TestProviders.Recording provider = new TestProviders.Recording("plain", Set.of());
        try (SessionStore store = registry(provider).open(StoreConfig.of("plain:"))) {
            assertThat(((GuardedStore) store).feedTiming().check()).isEqualTo(Duration.ofSeconds(1));
        }
        StoreConfig config = StoreConfig.of("plain:?feed-check=1m").withOption("feed-check", "250ms");
        try (SessionStore store = registry(provider).open(config)) {
            assertThat(((GuardedStore) store).feedTiming().check()).isEqualTo(Duration.ofMillis(250));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "off", "10ms", "2h", "5", "soon", "-1s"})
    @DisplayName("a feed-check that is off, out of range or not a duration is refused, naming the option and the range")
    void badValues(String value) {
        Registry registry = registry(new TestProviders.Recording("plain", Set.of()));
        assertThatThrownBy(() -> registry.open(StoreConfig.of("plain:").withOption("feed-check", value)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("feed-check").hasMessageContaining(value).hasMessageContaining("1h");
    }

    @Test
    @DisplayName("an unknown option's error also names the core options every scheme accepts")
    void unknownOptionNamesCoreOptions() {
        Registry registry = registry(new TestProviders.Recording("plain", Set.of()));
        assertThatThrownBy(() -> registry.open(StoreConfig.of("plain:?feed_check=1s")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("[feed_check]").hasMessageContaining("[feed-check, feed-pace]");
    }

    @Test
    @DisplayName("feed-pace sets the longest a paced delivery round waits (default 1ms, 0 turns pacing off)")
    void setsThePace() {
        TestProviders.Recording provider = new TestProviders.Recording("sq", Set.of("a"));
        try (SessionStore store = registry(provider).open(StoreConfig.of("sq:x?a=1&feed-pace=20ms"))) {
            assertThat(((GuardedStore) store).feedTiming().pace()).isEqualTo(Duration.ofMillis(20));
            assertThat(provider.opened.get().options()).isEqualTo(Map.of("a", "1"));
        }
        try (SessionStore store = registry(provider).open(StoreConfig.of("sq:x?feed-pace=0"))) {
            assertThat(((GuardedStore) store).feedTiming().pace()).isZero();
        }
        try (SessionStore store = registry(provider).open(StoreConfig.of("sq:x"))) {
            assertThat(((GuardedStore) store).feedTiming().pace()).isEqualTo(Duration.ofMillis(1));
        }
    }

    @ParameterizedTest
    @CsvSource({"200ms, 100ms", "1h, 100ms", "5, 500ms", "soon, 500ms", "-1ms, 500ms"})
    @DisplayName("a feed-pace out of range or not a duration is refused, naming the option and the range or a form")
    void badPaces(String value, String hint) {
        Registry registry = registry(new TestProviders.Recording("plain", Set.of()));
        assertThatThrownBy(() -> registry.open(StoreConfig.of("plain:").withOption("feed-pace", value)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("feed-pace").hasMessageContaining(value).hasMessageContaining(hint);
    }
}
