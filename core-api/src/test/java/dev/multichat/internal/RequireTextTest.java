package dev.multichat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Storable text and small maps: what passes, and errors that name the field, the index and the fix. */
class RequireTextTest {

    @Test
    void pairedSurrogatesAndOrdinaryTextPass() {
        assertThat(Require.storableText("smile \uD83D\uDE00 ok", "content")).isEqualTo("smile \uD83D\uDE00 ok");
        assertThat(Require.smallMap(Map.of("k\uD83D\uDE00", "v\uD83D\uDE00"), "metadata")).hasSize(1);
    }

    @Test
    void theErrorNamesTheFieldTheIndexAndTheFix() {
        assertThatThrownBy(() -> Require.storableText("ab\u0000", "content")).isInstanceOf(InvalidInputException.class)
                .hasMessage("content contains a NUL character (U+0000) at index 2; remove it");
        assertThatThrownBy(() -> Require.storableText("end \uD83D", "title"))
                .hasMessageStartingWith("title contains an unpaired UTF-16 surrogate at index 4;");
        assertThatThrownBy(() -> Require.storableText("\uDE00 first", "owner"))
                .hasMessageStartingWith("owner contains an unpaired UTF-16 surrogate at index 0;");
        assertThatThrownBy(() -> Require.storableText("\uD83D\uD83D\uDE00", "author"))
                .hasMessageStartingWith("author contains an unpaired UTF-16 surrogate at index 0;");
    }

    @Test
    void aMapNamesTheKeyOrTheEntryThatIsWrong() {
        assertThatThrownBy(() -> Require.smallMap(Map.of("bad\u0000", "v"), "metadata"))
                .hasMessage("metadata key contains a NUL character (U+0000) at index 3; remove it");
        assertThatThrownBy(() -> Require.smallMap(Map.of("k", "x\uDE00"), "attributes"))
                .hasMessageStartingWith("attributes['k'] contains an unpaired UTF-16 surrogate at index 1;");
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("k", null);
        assertThatThrownBy(() -> Require.smallMap(nullValue, "metadata"))
                .hasMessage("metadata['k'] is null; use an empty string or leave the key out");
        assertThatThrownBy(() -> Require.smallMap(Map.of("", "v"), "metadata"))
                .hasMessage("metadata key '' must be 1 to 128 characters");
        assertThatThrownBy(() -> Require.smallMap(Map.of("k", "v".repeat(8193)), "metadata"))
                .hasMessage("metadata['k'] has 8193 characters, more than 8192; store large values as message content");
    }
}
