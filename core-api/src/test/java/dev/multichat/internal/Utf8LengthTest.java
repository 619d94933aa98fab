package dev.multichat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8LengthTest {
    @ParameterizedTest(name = "[{index}] {arguments}")
    @DisplayName("the UTF-8 byte count matches the JDK encoder, and atMost draws the line at it")
    @ValueSource(strings = {"ascii", "\u00e9t\u00e9", "\u20ac uro", "\uD83D\uDE00 emoji",
        "\u05e9\u05dc\u05d5\u05dd", "mixed \u00e9 \u20ac \uD83D\uDE80 \t\n", "\uFFFF\u0800\u07FF\u0080\u007F"})
    void countsLikeTheEncoder(String text) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        assertThat(Utf8Length.of(text)).isEqualTo(bytes);
        assertThat(Utf8Length.atMost(text, bytes)).isTrue();
        assertThat(Utf8Length.atMost(text, bytes - 1)).isFalse();
    }
}
