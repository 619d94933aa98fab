package dev.multichat.adapter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LongAttributesTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, LongAttributes.CHUNK, LongAttributes.CHUNK + 1, 3 * LongAttributes.CHUNK + 17})
    void aValueOfAnyLengthComesBackWhole(int length) {
        String value = "x".repeat(length);
        Map<String, String> attributes = new HashMap<>();
        LongAttributes.put(attributes, "k", value);
        assertThat(LongAttributes.get(attributes, "k")).isEqualTo(value);
        assertThat(attributes.values()).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(
                LongAttributes.CHUNK));
    }

    @Test
    void aSurrogatePairIsNeverSplitAcrossParts() {
        String value = "a".repeat(LongAttributes.CHUNK - 1) + "😀" + "b";
        Map<String, String> attributes = new HashMap<>();
        LongAttributes.put(attributes, "k", value);
        assertThat(attributes.get("k")).doesNotEndWith("\ud83d");
        assertThat(LongAttributes.get(attributes, "k")).isEqualTo(value);
    }

    @Test
    void aMissingKeyIsNull() {
        assertThat(LongAttributes.get(Map.of(), "k")).isNull();
    }
}
