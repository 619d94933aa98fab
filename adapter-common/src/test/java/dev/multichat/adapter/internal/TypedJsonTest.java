package dev.multichat.adapter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TypedJsonTest {

    static Stream<Object> values() {
        return Stream.of("text", "", true, 7, Integer.MIN_VALUE, 7L, Long.MAX_VALUE, 2.5d, 2.5f, (short) 3, (byte) 4,
                new BigInteger("123456789012345678901234567890"), new BigDecimal("1.50"), DayOfWeek.MONDAY,
                List.of(1, 2L, "three", List.of()), Map.of("nested", Map.of("deep", 1L)),
                Map.of("@type", "not a tag", "@value", 3));
    }

    @ParameterizedTest
    @MethodSource("values")
    void eachValueComesBackWithItsJavaType(Object value) {
        Map<String, Object> back = TypedJson.read(TypedJson.write(Map.of("k", value)));
        assertThat(back.get("k")).isEqualTo(value);
        if (!(value instanceof List || value instanceof Map)) {
            assertThat(back.get("k")).isExactlyInstanceOf(value.getClass());
        }
    }

    @Test
    void nullsAndByteArraysComeBack() {
        Map<String, Object> map = new HashMap<>();
        map.put("none", null);
        map.put("bytes", new byte[] {0, 1, -1});
        Map<String, Object> back = TypedJson.read(TypedJson.write(map));
        assertThat(back).containsKey("none").containsEntry("none", null);
        assertThat(Arrays.equals((byte[]) back.get("bytes"), new byte[] {0, 1, -1})).isTrue();
    }

    @Test
    void anEmptyMapIsNoAttributeAndReadsBackEmpty() {
        assertThat(TypedJson.write(Map.of())).isNull();
        assertThat(TypedJson.read(null)).isEmpty();
    }

    @Test
    void otherObjectsComeBackAsTheirBeanFormNeverAsAClassNamedInData() {
        record Point(int x, String label) {
        }
        Map<String, Object> back = TypedJson.read(TypedJson.write(Map.of("p", new Point(3, "a"))));
        assertThat(back.get("p")).isEqualTo(Map.of("x", 3, "label", "a"));
    }
}
