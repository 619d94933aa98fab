package dev.multichat.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationOptionTest {
    @Test
    @DisplayName("500ms, 2s, 1m, 1h; 0 and off are zero")
    void grammar() {
        assertThat(DurationOption.parse("t", "500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationOption.parse("t", "2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(DurationOption.parse("t", "1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(DurationOption.parse("t", "1h")).isEqualTo(Duration.ofHours(1));
        assertThat(DurationOption.parse("t", "0")).isZero();
        assertThat(DurationOption.parse("t", "off")).isZero();
        assertThat(DurationOption.parse("t", "0s")).isZero();
    }

    @ParameterizedTest(name = "[{index}]")
    @DisplayName("anything else is refused naming the option, the value and the grammar")
    @ValueSource(strings = {"", "5", "s", "1.5s", "-1s", "2 s", "2S", "1d", "1234567890s", "٣s", "offf"})
    void refused(String value) {
        assertThatThrownBy(() -> DurationOption.parse("sweep", value)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sweep='" + value + "'").hasMessageContaining("500ms, 2s, 1m or 1h")
                .hasMessageContaining("off");
    }

    @Test
    @DisplayName("bounds: zero always passes; a value outside [min, max] is refused naming the range")
    void bounds() {
        Duration min = Duration.ofMillis(10);
        Duration max = Duration.ofHours(1);
        assertThat(DurationOption.parse("busy", "0", min, max)).isZero();
        assertThat(DurationOption.parse("busy", "1h", min, max)).isEqualTo(max);
        assertThatThrownBy(() -> DurationOption.parse("busy", "2h", min, max))
                .hasMessageContaining("from 10ms to 1h");
        assertThatThrownBy(() -> DurationOption.parse("busy", "5ms", min, max))
                .hasMessageContaining("from 10ms to 1h");
    }
}
